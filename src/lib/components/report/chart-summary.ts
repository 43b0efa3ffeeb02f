import type { ChartSpec } from '$lib/report/charts';

export interface Largest {
	label: string;
	value: number;
}

/** The categories with the largest totals (over all series), largest first; zeros left out. */
export function largestValues(spec: ChartSpec, count = 3): Largest[] {
	return spec.labels
		.map((label, i) => ({
			label,
			value: spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
			i
		}))
		.filter((row) => row.value > 0)
		.sort((a, b) => b.value - a.value || a.i - b.i)
		.slice(0, count)
		.map(({ label, value }) => ({ label, value }));
}

/** Totals of each series, for the data table's last row. */
export function seriesTotals(spec: ChartSpec): number[] {
	return spec.series.map((s) => s.values.reduce((sum, n) => sum + n, 0));
}
