import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/schemas/form';
import { sampleSchema as sut } from './sample-form';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.set(key, value);
	return data;
};
const valid = { name: ' Próba 10% ', share: '10', size: '', coder_a: '3', coder_b: '7' };

describe('sampleSchema', () => {
	it('reads a name, a share, no size and two coders', () => {
		expect(parseForm(sut, form(valid))).toEqual({
			ok: true,
			data: { name: 'Próba 10%', share: 10, size: undefined, coder_a: 3, coder_b: 7 }
		});
	});

	it('reads a fixed size', () => {
		expect(parseForm(sut, form({ ...valid, size: '5' }))).toMatchObject({
			ok: true,
			data: { size: 5 }
		});
	});

	it.each([
		['a share over 50', { share: '51' }, 'share', 'agr_share_range'],
		['a share of 0', { share: '0' }, 'share', 'agr_share_range'],
		['a share that is no number', { share: '10,5' }, 'share', 'agr_share_range'],
		['a size of 0', { size: '0' }, 'size', 'agr_size_range'],
		['no second coder', { coder_b: '' }, 'coder_b', 'required'],
		['the same coder twice', { coder_b: '3' }, 'coder_b', 'agr_same_coder'],
		['no name', { name: '  ' }, 'name', 'required']
	])('refuses %s', (_, fields, field, code) => {
		const result = parseForm(sut, form({ ...valid, ...fields }));

		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors[field]?.code).toBe(code);
	});
});
