import { describe, expect, it } from 'vitest';
import { resultFileName as sut } from './meta';

describe('resultFileName', () => {
	it('names the file by the UTC date and time and the short commit, without colons', () => {
		const at = new Date('2026-11-23T12:13:21.456Z');

		expect(sut(at, { short: 'b0f8ff9' })).toBe('2026-11-23T121321Z-b0f8ff9.json');
		expect(sut(at, null)).toBe('2026-11-23T121321Z-no-commit.json');
	});
});
