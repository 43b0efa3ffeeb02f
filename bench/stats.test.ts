import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarise } from './stats';

describe('percentile', () => {
	const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

	it('takes the nearest rank: always a sample that was observed', () => {
		expect(percentile(sorted, 50)).toBe(50);
		expect(percentile(sorted, 95)).toBe(95);
		expect(percentile(sorted, 99)).toBe(99);
		expect(percentile(sorted, 100)).toBe(100);
		expect(percentile([7, 9], 99)).toBe(9);
		expect(percentile([7, 9], 0)).toBe(7);
	});

	it('is 0 without samples', () => {
		expect(percentile([], 99)).toBe(0);
	});
});

describe('ratio', () => {
	it('divides to three decimals and is null without a whole', () => {
		expect(ratio(1, 3)).toBe(0.333);
		expect(ratio(250, 1000)).toBe(0.25);
		expect(ratio(5, 0)).toBeNull();
	});
});

describe('summarise', () => {
	it('sorts the samples and reports median, p95, p99 and max', () => {
		const samples = Array.from({ length: 200 }, (_, i) => 200 - i);

		expect(summarise(samples)).toEqual({
			runs: 200,
			medianMs: 100,
			p95Ms: 190,
			p99Ms: 198,
			maxMs: 200
		});
	});
});
