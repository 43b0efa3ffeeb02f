import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { formOf } from './testing';
import { areaSchema, themeSchema } from './area';

const valid = { code: '1', name_pl: 'Budowanie otwartości', colour: '#1f5fa8' };

describe('areaSchema', () => {
	const sut = areaSchema;

	it('reads the code as a number', () => {
		const result = parseForm(sut, formOf({ ...valid, code: ' 12 ' }));
		expect(result.ok && result.data.code).toBe(12);
	});

	it.each(['0', '100', '01', 'A', ''])('rejects the code %j', (code) => {
		const result = parseForm(sut, formOf({ ...valid, code }));
		expect(result.ok ? {} : result.errors).toEqual({ code: { code: 'invalid_area_code' } });
	});

	it.each(['red', '#fff', '#1f5fa8ff'])('rejects the colour %j', (colour) => {
		const result = parseForm(sut, formOf({ ...valid, colour }));
		expect(result.ok ? {} : result.errors).toEqual({ colour: { code: 'invalid_colour' } });
	});
});

describe('themeSchema', () => {
	const sut = themeSchema;

	it('treats an empty area as a theme outside every area', () => {
		const result = parseForm(sut, formOf({ name: 'Bezpieczeństwo', area_id: '' }));
		expect(result).toEqual({
			ok: true,
			data: { name: 'Bezpieczeństwo', description: '', area_id: null }
		});
	});

	it('rejects an area id that is not a number', () => {
		const result = parseForm(sut, formOf({ name: 'Bezpieczeństwo', area_id: 'abc' }));
		expect(result.ok ? {} : result.errors).toEqual({ area_id: { code: 'invalid_choice' } });
	});
});
