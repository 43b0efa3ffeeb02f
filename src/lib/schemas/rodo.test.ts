import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { errorsOf, formOf } from './testing';
import { erasureSchema, parseIdentifier, subjectSchema } from './rodo';

describe('parseIdentifier', () => {
	it.each([
		[' Anna.Kowalska@Example.org ', { kind: 'email', value: 'anna.kowalska@example.org' }],
		['k7f2 9qxm', { kind: 'receipt', value: 'K7F2-9QXM' }],
		['K7F2-9QXM', { kind: 'receipt', value: 'K7F2-9QXM' }],
		['anna@', null],
		['anna @example.org', null],
		['Anna Kowalska', null],
		["'; drop table comments; --", null]
	])('%j → %j', (typed, expected) => {
		expect(parseIdentifier(typed)).toEqual(expected);
	});
});

describe('subjectSchema', () => {
	it('gives the normalised identifier', () => {
		expect(parseForm(subjectSchema, formOf({ identifier: 'ANNA@example.org' }))).toEqual({
			ok: true,
			data: { identifier: { kind: 'email', value: 'anna@example.org' } }
		});
	});

	it.each([
		['', 'required'],
		['nie-wiem', 'invalid_identifier']
	])('refuses %j with %s', (identifier, code) => {
		expect(errorsOf(subjectSchema, { identifier })).toEqual({ identifier: { code } });
	});
});

describe('erasureSchema', () => {
	it('reads the text removal and the confirmation as flags', () => {
		const form = formOf({ identifier: 'K7F2-9QXM', remove_text: 'on', confirmed: 'yes' });

		expect(parseForm(erasureSchema, form)).toEqual({
			ok: true,
			data: {
				identifier: { kind: 'receipt', value: 'K7F2-9QXM' },
				remove_text: true,
				confirmed: true
			}
		});
	});

	it('is unconfirmed and keeps the text unless asked', () => {
		const parsed = parseForm(erasureSchema, formOf({ identifier: 'K7F2-9QXM' }));

		expect(parsed.ok && parsed.data).toMatchObject({ remove_text: false, confirmed: false });
	});
});
