import { describe, expect, it } from 'vitest';
import * as sut from './split';

const items = Array.from({ length: 100 }, (_, i) => i);

describe('splitExamples', () => {
	it('cuts the examples into two disjoint parts of the asked share', () => {
		const { train, test } = sut.splitExamples(items, { testShare: 0.3, seed: 1 });

		expect(test).toHaveLength(30);
		expect([...train, ...test].sort((a, b) => a - b)).toEqual(items);
	});

	it('gives the same parts for the same seed and other parts for another', () => {
		const once = sut.splitExamples(items, { testShare: 0.3, seed: 1 });

		expect(sut.splitExamples(items, { testShare: 0.3, seed: 1 })).toEqual(once);
		expect(sut.splitExamples(items, { testShare: 0.3, seed: 2 }).test).not.toEqual(once.test);
	});

	it('keeps at least one example in each part', () => {
		expect(sut.splitExamples([1, 2], { testShare: 0.01, seed: 1 }).test).toHaveLength(1);
		expect(sut.splitExamples([1, 2], { testShare: 0.99, seed: 1 }).train).toHaveLength(1);
		expect(sut.splitExamples([], { testShare: 0.5, seed: 1 })).toEqual({ train: [], test: [] });
	});

	it('refuses a share outside (0, 1)', () => {
		for (const testShare of [0, 1, -0.2, Number.NaN]) {
			expect(() => sut.splitExamples(items, { testShare, seed: 1 })).toThrow(RangeError);
		}
	});
});
