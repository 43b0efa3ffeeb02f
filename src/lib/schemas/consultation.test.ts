import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { errorsOf, formOf } from './testing';
import { consultationSchema as sut, LIMITS, MAX_QUESTIONS } from './consultation';

const valid = {
	title: 'Program Wspólnota',
	slug: 'program-wspolnota-2018',
	status: 'open',
	opens_on: '2018-05-15',
	closes_on: '2018-06-13'
};

const errorsFor = (fields: Record<string, string>) => errorsOf(sut, fields);

describe('consultationSchema', () => {
	it('accepts a complete form and fills optional fields', () => {
		expect(parseForm(sut, formOf(valid))).toEqual({
			ok: true,
			data: {
				...valid,
				description: '',
				vision_text: '',
				questions: [],
				rodo_clause: ''
			}
		});
	});

	it.each(['', '   '])('requires a title, not %j', (title) => {
		expect(errorsFor({ ...valid, title })).toEqual({ title: { code: 'required' } });
	});

	it('limits the title length and reports the limit', () => {
		expect(errorsFor({ ...valid, title: 'x'.repeat(LIMITS.title) })).toEqual({});
		expect(errorsFor({ ...valid, title: 'x'.repeat(LIMITS.title + 1) })).toEqual({
			title: { code: 'too_long', limit: 200 }
		});
	});

	it.each(['zła nazwa', 'ąę', '-start', 'end-', 'double--dash', 'slash/slug'])(
		'rejects the slug %j',
		(slug) => {
			expect(errorsFor({ ...valid, slug })).toEqual({ slug: { code: 'invalid_slug' } });
		}
	);

	it('lower-cases and trims the slug', () => {
		const result = parseForm(sut, formOf({ ...valid, slug: ' Program-2018 ' }));
		expect(result.ok && result.data.slug).toBe('program-2018');
	});

	it('puts a closing date before the opening date on closes_on', () => {
		const errors = errorsFor({ ...valid, opens_on: '2018-06-13', closes_on: '2018-05-15' });
		expect(errors).toEqual({ closes_on: { code: 'closes_before_opens' } });
	});

	it('accepts a consultation that opens and closes on the same day', () => {
		expect(errorsFor({ ...valid, opens_on: '2018-05-15', closes_on: '2018-05-15' })).toEqual({});
	});

	it('rejects a date that is not a calendar date', () => {
		expect(errorsFor({ ...valid, opens_on: '15.05.2018' })).toEqual({
			opens_on: { code: 'invalid_date' }
		});
	});

	it('rejects an unknown status', () => {
		expect(errorsFor({ ...valid, status: 'archived' })).toEqual({
			status: { code: 'invalid_choice' }
		});
	});

	it('splits questions by lines, trimming and dropping empty ones', () => {
		const text = ' Czym jest wspólnota? \r\n\r\nJak dbać o siebie nawzajem?\n  \n';
		const result = parseForm(sut, formOf({ ...valid, questions: text }));
		expect(result.ok && result.data.questions).toEqual([
			'Czym jest wspólnota?',
			'Jak dbać o siebie nawzajem?'
		]);
	});

	it(`allows ${MAX_QUESTIONS} questions and refuses more`, () => {
		const lines = (n: number) =>
			Array.from({ length: n }, (_, i) => `Pytanie ${i + 1}?`).join('\n');
		expect(errorsFor({ ...valid, questions: lines(MAX_QUESTIONS) })).toEqual({});
		expect(errorsFor({ ...valid, questions: lines(MAX_QUESTIONS + 1) })).toEqual({
			questions: { code: 'too_many', limit: 10 }
		});
	});

	it('refuses a question longer than the limit', () => {
		const questions = `Krótkie?\n${'x'.repeat(LIMITS.question + 1)}`;
		expect(errorsFor({ ...valid, questions })).toEqual({
			questions: { code: 'line_too_long' }
		});
	});

	it('echoes what was typed when the form is invalid', () => {
		const result = parseForm(sut, formOf({ ...valid, title: '' }));
		expect(result.ok ? null : result.values).toMatchObject({ ...valid, title: '' });
	});
});

describe('a field absent from the form', () => {
	it('is reported as required, not with a library message', () => {
		const form = new FormData();
		form.set('slug', 'program-2018');
		form.set('status', 'open');
		const result = parseForm(sut, form);
		expect(result.ok ? {} : result.errors).toEqual({ title: { code: 'required' } });
	});
});

describe('contact retention', () => {
	const retention = (contact_retention_days: string) =>
		parseForm(sut, formOf({ ...valid, contact_retention_days }));

	it.each([
		['', null],
		[' 365 ', 365],
		['1', 1],
		['3650', 3650]
	])('reads %j as %j days', (typed, days) => {
		const result = retention(typed);
		expect(result.ok && result.data.contact_retention_days).toBe(days);
	});

	it.each(['0', '3651', '-5', '1.5', 'rok', '99999'])('refuses %j', (typed) => {
		expect(errorsFor({ ...valid, contact_retention_days: typed })).toEqual({
			contact_retention_days: { code: 'invalid_retention' }
		});
	});
});
