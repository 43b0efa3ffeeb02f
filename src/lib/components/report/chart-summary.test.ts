import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '$lib/report/charts';
import { largestValues, seriesTotals } from './chart-summary';

const spec = (labels: string[], ...series: number[][]): ChartSpec => ({
	id: 'test',
	title: 'Test',
	kind: 'bar',
	horizontal: true,
	stacked: series.length > 1,
	categoryLabel: 'Kategoria',
	labels,
	series: series.map((values, i) => ({ label: `S${i}`, values, links: null }))
});

describe('largestValues', () => {
	it('ranks categories by their total over all series, ties in table order', () => {
		const sut = largestValues(spec(['a', 'b', 'c', 'd'], [1, 5, 2, 0], [4, 0, 3, 0]));
		expect(sut).toEqual([
			{ label: 'a', value: 5 },
			{ label: 'b', value: 5 },
			{ label: 'c', value: 5 }
		]);
	});

	it('leaves zeros out, so an empty chart has nothing to summarise', () => {
		expect(largestValues(spec(['a', 'b'], [0, 0]))).toEqual([]);
		expect(largestValues(spec([], []))).toEqual([]);
	});
});

describe('seriesTotals', () => {
	it('sums each series', () => {
		expect(seriesTotals(spec(['a', 'b'], [1, 2], [3, 4]))).toEqual([3, 7]);
	});
});
