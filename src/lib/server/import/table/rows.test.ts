import { describe, expect, it } from 'vitest';
import type { ParsedTable } from './table';
import * as sut from './rows';

const context: sut.RowContext = { areaIdsByCode: new Map([[1, 11]]), today: '2026-06-05' };
const headers = ['Treść', 'Dzielnica', 'Wiek', 'Obszar', 'Data', 'Kto'];
const mapping = { text: 0, district: 1, age_band: 2, areas: 3, submitted_on: 4, speaker_kind: 5 };
const table = (...rows: string[][]): ParsedTable => ({
	headers,
	rows: rows.map((cells, i) => ({ line: i + 2, cells }))
});

describe('validateRows', () => {
	it('reads every field of a good row as it will be stored', () => {
		const result = sut.validateRows(
			table([' Zażółć gęślą jaźń\r\n ', 'praga poludnie', '75+', '1', '29.05.2018', 'mieszkanka']),
			mapping,
			context
		);

		expect(result).toEqual({
			ok: true,
			rows: [
				{
					line: 2,
					text: 'Zażółć gęślą jaźń',
					district: 'praga-poludnie',
					ageBand: '75-plus',
					areaIds: [11],
					submittedOn: '2018-05-29',
					speakerKind: 'resident'
				}
			]
		});
	});

	it('leaves unmapped and empty fields empty', () => {
		const result = sut.validateRows(
			table(['Tylko tekst', '', '', '', '', '']),
			{ text: 0 },
			context
		);

		expect(result).toMatchObject({
			ok: true,
			rows: [{ text: 'Tylko tekst', district: null, ageBand: null, areaIds: [], submittedOn: null }]
		});
	});

	it('reports every bad cell with the row and the column’s header', () => {
		const result = sut.validateRows(
			table(
				['Dobra opinia', 'Wola', '', '', '', ''],
				['', 'Muranów', '60-75', '2', '31.02.2018', 'radny'],
				['x'.repeat(10_001), '', '', '', '', '', 'nadmiarowa komórka']
			),
			mapping,
			context
		);

		expect(result).toEqual({
			ok: false,
			errorCount: 8,
			errors: [
				{ row: 3, column: 'Treść', field: 'text', code: 'empty_text' },
				{ row: 3, column: 'Data', field: 'submitted_on', code: 'unknown_date' },
				{ row: 3, column: 'Dzielnica', field: 'district', code: 'unknown_district' },
				{ row: 3, column: 'Wiek', field: 'age_band', code: 'unknown_age_band' },
				{ row: 3, column: 'Obszar', field: 'areas', code: 'unknown_area' },
				{ row: 3, column: 'Kto', field: 'speaker_kind', code: 'unknown_speaker_kind' },
				{ row: 4, column: 'Treść', field: 'text', code: 'too_long', limit: 10_000 },
				{ row: 4, column: 'G', code: 'extra_cells' }
			]
		});
	});

	it('reports a mapped column a short CSV row lacks, but not an unmapped one', () => {
		const result = sut.validateRows(
			table(['Tekst', 'Wola'], ['Tekst']),
			{ text: 0, district: 1 },
			context
		);

		expect(result).toEqual({
			ok: false,
			errorCount: 1,
			errors: [{ row: 3, column: 'Dzielnica', field: 'district', code: 'missing_column' }]
		});
	});

	it('reports at most MAX_REPORTED_ERRORS errors but counts them all', () => {
		const rows = Array.from({ length: sut.MAX_REPORTED_ERRORS + 5 }, () => [
			'',
			'',
			'',
			'',
			'',
			''
		]);

		const result = sut.validateRows(table(...rows), mapping, context);

		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(sut.MAX_REPORTED_ERRORS);
		expect(result.errorCount).toBe(sut.MAX_REPORTED_ERRORS + 5);
	});
});
