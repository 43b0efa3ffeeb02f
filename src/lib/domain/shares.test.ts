import { describe, expect, it } from 'vitest';
import { shareOf, sharesOf as sut } from './shares';

const tenths = (shares: number[]) => shares.map((s) => Math.round(s * 1000));

describe('sharesOf', () => {
	it('rounds to tenths of a percent that add up to exactly 100 %', () => {
		expect(tenths(sut([1, 1, 1]))).toEqual([334, 333, 333]);
		expect(tenths(sut([2, 1, 8]))).toEqual([182, 91, 727]);
		for (const counts of [
			[1, 2, 3, 4, 5, 6, 7],
			[999, 1],
			[13, 17, 19, 23],
			[1, 1, 1, 1, 1, 1]
		]) {
			expect(tenths(sut(counts)).reduce((a, b) => a + b, 0)).toBe(1000);
		}
	});

	it('gives the leftover tenths to the largest remainders, ties to the earlier count', () => {
		expect(tenths(sut([1, 2]))).toEqual([333, 667]);
		expect(tenths(sut([5, 5]))).toEqual([500, 500]);
	});

	it('is all zeros, never NaN, when there is nothing to share', () => {
		expect(sut([0, 0])).toEqual([0, 0]);
		expect(sut([])).toEqual([]);
	});
});

describe('shareOf', () => {
	it('is a part of a whole, and 0 of nothing', () => {
		expect(shareOf(1, 4)).toBe(0.25);
		expect(shareOf(0, 0)).toBe(0);
	});
});
