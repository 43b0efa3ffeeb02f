import { describe, expect, it } from 'vitest';
import * as sut from './mapping';

describe('guessMapping', () => {
	it('recognises Polish headers with diacritics and longer names', () => {
		const headers = [
			'Lp.',
			'Data wpływu',
			'Treść uwagi',
			'Dzielnica',
			'Wiek',
			'Dotyczy obszaru',
			'Zgłaszający'
		];

		expect(sut.guessMapping(headers)).toEqual({
			submitted_on: 1,
			text: 2,
			district: 3,
			age_band: 4,
			areas: 5,
			speaker_kind: 6
		});
	});

	it('recognises English headers and leaves unknown columns unmapped', () => {
		expect(sut.guessMapping(['Card no', 'Opinion', 'AGE', 'Area'])).toEqual({
			text: 1,
			age_band: 2,
			areas: 3
		});
	});

	it('gives each column to one field only', () => {
		expect(sut.guessMapping(['Uwaga', 'Uwagi'])).toEqual({ text: 0 });
	});
});

describe('columnLabel', () => {
	it('names a column by its header, or by its letter when the header is blank', () => {
		const headers = ['Treść', ''];

		expect([0, 1, 2, 27].map((i) => sut.columnLabel(headers, i))).toEqual([
			'Treść',
			'B',
			'C',
			'AB'
		]);
	});
});

describe('mappingFromForm', () => {
	it('reads the chosen columns and skips fields left empty', () => {
		const values = { column_text: '2', column_district: '0', column_age_band: '' };

		expect(sut.mappingFromForm(values, 3)).toEqual({ ok: true, mapping: { text: 2, district: 0 } });
	});

	it('requires the text column', () => {
		expect(sut.mappingFromForm({ column_district: '0' }, 3)).toEqual({
			ok: false,
			errors: { column_text: { code: 'text_not_mapped' } }
		});
	});

	it('refuses a column used twice and a column the file does not have', () => {
		const values = { column_text: '0', column_district: '0', column_areas: '7' };

		expect(sut.mappingFromForm(values, 3)).toEqual({
			ok: false,
			errors: {
				column_district: { code: 'column_twice' },
				column_areas: { code: 'invalid_choice' }
			}
		});
	});
});
