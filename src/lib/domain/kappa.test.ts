import { describe, expect, it } from 'vitest';
import * as sut from './kappa';

/** Rebuilds the two raters' decisions from the cells of a 2×2 table. */
function fromTable(cells: { yesYes: number; yesNo: number; noYes: number; noNo: number }) {
	const first: boolean[] = [];
	const second: boolean[] = [];
	const add = (count: number, a: boolean, b: boolean) => {
		for (let i = 0; i < count; i++) {
			first.push(a);
			second.push(b);
		}
	};
	add(cells.yesYes, true, true);
	add(cells.yesNo, true, false);
	add(cells.noYes, false, true);
	add(cells.noNo, false, false);
	return [first, second] as const;
}

describe('binaryKappa', () => {
	it('matches a hand-computed example', () => {
		/*
		 * 50 opinions; did each coder give area 1?
		 *
		 *                 coder B: yes   coder B: no   total
		 * coder A: yes          20             5          25
		 * coder A: no           10            15          25
		 * total                 30            20          50
		 *
		 * p_o = (20 + 15) / 50 = 0.70
		 * p_e = (25/50)·(30/50) + (25/50)·(20/50) = 0.5·0.6 + 0.5·0.4 = 0.30 + 0.20 = 0.50
		 * κ   = (0.70 − 0.50) / (1 − 0.50) = 0.20 / 0.50 = 0.40  → "fair"
		 */
		const [a, b] = fromTable({ yesYes: 20, yesNo: 5, noYes: 10, noNo: 15 });

		const result = sut.binaryKappa(a, b);

		expect(result.n).toBe(50);
		expect(result).toMatchObject({ observed: 0.7, expected: 0.5 });
		expect(result.kappa).toBeCloseTo(0.4, 12);
		expect(sut.kappaBand(result.kappa!)).toBe('fair');
	});

	it('gives 1 for perfect agreement', () => {
		const [a, b] = fromTable({ yesYes: 3, yesNo: 0, noYes: 0, noNo: 7 });

		expect(sut.binaryKappa(a, b)).toEqual({ kappa: 1, observed: 1, expected: 0.58, n: 10 });
	});

	it('gives 0 when the coders agree only as often as chance would', () => {
		// p_o = 2/4 = 0.5; both said yes half the time, so p_e = 0.5·0.5 + 0.5·0.5 = 0.5.
		const [a, b] = fromTable({ yesYes: 1, yesNo: 1, noYes: 1, noNo: 1 });

		expect(sut.binaryKappa(a, b)).toEqual({ kappa: 0, observed: 0.5, expected: 0.5, n: 4 });
	});

	it('goes negative when the coders always disagree', () => {
		// p_o = 0; p_e = 0.5·0.5 + 0.5·0.5 = 0.5; κ = (0 − 0.5) / 0.5 = −1.
		const [a, b] = fromTable({ yesYes: 0, yesNo: 2, noYes: 2, noNo: 0 });

		const result = sut.binaryKappa(a, b);

		expect(result).toEqual({ kappa: -1, observed: 0, expected: 0.5, n: 4 });
		expect(sut.kappaBand(-1)).toBe('poor');
	});

	it('returns no κ, with a reason, when neither coder ever gave the code', () => {
		const [a, b] = fromTable({ yesYes: 0, yesNo: 0, noYes: 0, noNo: 5 });

		expect(sut.binaryKappa(a, b)).toEqual({
			kappa: null,
			reason: 'no_variation',
			observed: 1,
			expected: 1,
			n: 5
		});
	});

	it('returns no κ for no items', () => {
		expect(sut.binaryKappa([], [])).toEqual({ kappa: null, reason: 'no_items', n: 0 });
	});

	it('refuses raters of different item counts', () => {
		expect(() => sut.binaryKappa([true], [true, false])).toThrow(/different items/);
	});
});

describe('cohensKappa on nominal categories', () => {
	it('matches a hand-computed three-category example', () => {
		/*
		 * 10 opinions, each put in one area (1, 2 or 3) by each coder:
		 *
		 *            B: 1   B: 2   B: 3   total
		 * A: 1         3      1      0       4
		 * A: 2         0      2      1       3
		 * A: 3         0      0      3       3
		 * total        3      3      4      10
		 *
		 * p_o = (3 + 2 + 3) / 10 = 0.80
		 * p_e = (4·3 + 3·3 + 3·4) / 100 = 33 / 100 = 0.33
		 * κ   = (0.80 − 0.33) / (1 − 0.33) = 0.47 / 0.67 ≈ 0.7015  → "substantial"
		 */
		const pairs: [number, number][] = [
			...Array<[number, number]>(3).fill([1, 1]),
			[1, 2],
			...Array<[number, number]>(2).fill([2, 2]),
			[2, 3],
			...Array<[number, number]>(3).fill([3, 3])
		];

		const result = sut.cohensKappa(pairs);

		expect(result).toMatchObject({ observed: 0.8, expected: 0.33, n: 10 });
		expect(result.kappa).toBeCloseTo(47 / 67, 12);
		expect(sut.kappaBand(result.kappa!)).toBe('substantial');
	});

	it('treats categories only one rater used as never agreed on by chance', () => {
		const result = sut.cohensKappa([
			['a', 'b'],
			['b', 'c']
		]);

		// p_o = 0; only "b" is shared: p_e = (1·1) / 4 = 0.25; κ = −0.25 / 0.75.
		expect(result).toMatchObject({ observed: 0, expected: 0.25, n: 2 });
		expect(result.kappa).toBeCloseTo(-1 / 3, 12);
	});
});

describe('kappaBand (Landis & Koch)', () => {
	it.each([
		[-0.01, 'poor'],
		[0, 'slight'],
		[0.2, 'slight'],
		[0.21, 'fair'],
		[0.4, 'fair'],
		[0.41, 'moderate'],
		[0.6, 'moderate'],
		[0.61, 'substantial'],
		[0.8, 'substantial'],
		[0.81, 'almost_perfect'],
		[1, 'almost_perfect']
	] as const)('κ = %s is %s', (kappa, band) => {
		expect(sut.kappaBand(kappa)).toBe(band);
	});
});
