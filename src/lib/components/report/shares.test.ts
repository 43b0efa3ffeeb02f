import { describe, expect, it } from 'vitest';
import type { Representativeness } from '$lib/domain/report';
import { formatRatio, representativenessRows, withShares } from './shares';

const rep = (rows: [Representativeness['rows'][number]['district'], number, number][]) => ({
	source: 'GUS',
	sourceUrl: 'https://example.org',
	asOf: '2024-12-31',
	rows: rows.map(([district, population, opinions]) => ({ district, population, opinions }))
});

describe('withShares', () => {
	it('gives shares that add up to exactly one', () => {
		const sut = withShares([{ n: 1 }, { n: 1 }, { n: 1 }]);
		expect(sut.map((r) => r.share)).toEqual([0.334, 0.333, 0.333]);
		expect(sut.reduce((s, r) => s + r.share * 1000, 0)).toBe(1000);
	});

	it('gives zeros, not NaN, for an empty whole', () => {
		expect(withShares([{ n: 0 }, { n: 0 }]).map((r) => r.share)).toEqual([0, 0]);
	});
});

describe('representativenessRows', () => {
	it('compares a district’s share of opinions with its share of residents', () => {
		const sut = representativenessRows(
			rep([
				['bielany', 300, 6],
				['wola', 100, 0],
				['ursus', 600, 4]
			])
		);
		expect(sut.map((r) => [r.populationShare, r.opinionShare])).toEqual([
			[0.3, 0.6],
			[0.1, 0],
			[0.6, 0.4]
		]);
		expect(sut[0]!.ratio).toBeCloseTo(2);
		expect(sut[1]!.ratio).toBe(0);
		expect(sut[2]!.ratio).toBeCloseTo(2 / 3);
	});

	it('has no ratio when no opinion names a Warsaw district', () => {
		const sut = representativenessRows(rep([['bielany', 300, 0]]));
		expect(sut[0]).toMatchObject({ opinionShare: 0, ratio: null });
	});
});

describe('formatRatio', () => {
	it('prints two decimals in the reader’s locale, and a dash for none', () => {
		expect(formatRatio(2 / 3, 'pl')).toBe('0,67');
		expect(formatRatio(1.5, 'en')).toBe('1.50');
		expect(formatRatio(null, 'pl')).toBe('—');
	});
});
