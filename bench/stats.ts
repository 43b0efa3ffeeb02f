/** Median and tail percentiles of timings in milliseconds, rounded to 0.01 ms. */
export function summarise(samples: readonly number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		runs: sorted.length,
		medianMs: round(percentile(sorted, 50)),
		p95Ms: round(percentile(sorted, 95)),
		p99Ms: round(percentile(sorted, 99)),
		maxMs: round(sorted.at(-1) ?? 0)
	};
}

/** Nearest rank on ascending samples: always a value that was actually observed; 0 if none. */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return 0;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] ?? 0;
}

/** `part / whole` to three decimals; null when there is no whole to compare with. */
export function ratio(part: number, whole: number): number | null {
	return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}

export function round(value: number, decimals = 2): number {
	const scale = 10 ** decimals;
	return Math.round(value * scale) / scale;
}
