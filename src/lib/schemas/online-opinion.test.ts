import { describe, expect, it } from 'vitest';
import { parseOnlineForm as sut } from './online-opinion';

function formOf(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
	}
	return form;
}

const errorsFor = (fields: Record<string, string | string[]>) => {
	const result = sut(formOf({ text: 'Więcej ławek.', ...fields }));
	return result.ok ? {} : result.errors;
};

describe('parseOnlineForm', () => {
	it('reads a full opinion and turns ids into numbers', () => {
		const result = sut(
			formOf({
				text: '  Więcej ławek\r\nna skwerze.  ',
				question_id: '7',
				area_ids: ['3', '5'],
				district: 'wola',
				age_band: '60-74',
				email: ' anna@example.org ',
				consent: 'yes'
			})
		);

		expect(result.ok && result.data).toEqual({
			text: 'Więcej ławek\nna skwerze.',
			questionId: 7,
			areaIds: [3, 5],
			district: 'wola',
			ageBand: '60-74',
			email: 'anna@example.org'
		});
	});

	it('needs nothing but the text', () => {
		const result = sut(formOf({ text: 'Więcej ławek.' }));

		expect(result.ok && result.data).toEqual({
			text: 'Więcej ławek.',
			questionId: null,
			areaIds: [],
			district: null,
			ageBand: null,
			email: null
		});
	});

	it.each([
		[{ text: '' }, { text: { code: 'required' } }],
		[{ text: ' \n ' }, { text: { code: 'required' } }],
		[{ text: 'ą'.repeat(2001) }, { text: { code: 'too_long', limit: 2000 } }],
		[{ question_id: 'pierwsze' }, { question_id: { code: 'invalid_choice' } }],
		[{ area_ids: ['1', 'x'] }, { area_ids: { code: 'invalid_choice' } }],
		[{ area_ids: ['1', '1'] }, { area_ids: { code: 'invalid_choice' } }],
		[{ district: 'muranow' }, { district: { code: 'invalid_choice' } }],
		[{ age_band: '100+' }, { age_band: { code: 'invalid_choice' } }],
		[{ email: 'anna(at)example.org', consent: 'yes' }, { email: { code: 'invalid_email' } }],
		[
			{ email: `${'a'.repeat(250)}@example.org`, consent: 'yes' },
			{ email: { code: 'too_long', limit: 254 } }
		],
		[{ email: 'anna@example.org' }, { consent: { code: 'consent_missing' } }],
		[{ consent: 'yes' }, { email: { code: 'email_missing' } }]
	])('refuses %# with the code the field shows', (fields, errors) => {
		expect(errorsFor(fields)).toEqual(errors);
	});

	it('accepts 2000 characters of text', () => {
		expect(errorsFor({ text: 'a'.repeat(2000) })).toEqual({});
	});

	it('refuses a form without its text field as required', () => {
		const result = sut(formOf({ district: 'wola' }));

		expect(!result.ok && result.errors).toEqual({ text: { code: 'required' } });
	});

	it('shows back what was typed, ticked and chosen', () => {
		const result = sut(
			formOf({ text: '', area_ids: ['2'], area_unsure: 'yes', email: 'x@y', consent: 'yes' })
		);

		expect(result.values).toEqual({
			text: '',
			question_id: '',
			area_ids: ['2'],
			area_unsure: true,
			district: '',
			age_band: '',
			email: 'x@y',
			consent: true
		});
	});
});
