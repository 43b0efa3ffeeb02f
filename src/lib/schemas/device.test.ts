import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { errorsOf, formOf } from './testing';
import { deviceSchema as sut } from './device';

describe('deviceSchema', () => {
	it('trims the name', () => {
		expect(parseForm(sut, formOf({ name: '  Tablet 1 ' }))).toEqual({
			ok: true,
			data: { name: 'Tablet 1' }
		});
	});

	it.each<Record<string, string>>([{}, { name: '' }, { name: '   ' }])(
		'requires a name: %j',
		(fields) => {
			expect(errorsOf(sut, fields)).toEqual({ name: { code: 'required' } });
		}
	);

	it('refuses a name over 60 characters', () => {
		expect(errorsOf(sut, { name: 'T'.repeat(61) })).toEqual({
			name: { code: 'too_long', limit: 60 }
		});
	});
});
