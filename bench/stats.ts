/** Median and tail percentiles of timings in milliseconds, rounded to 0.01 ms. */
export function summarise(samples: readonly number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (share: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
	const round = (ms: number) => Math.round(ms * 100) / 100;
	return {
		runs: sorted.length,
		medianMs: round(at(0.5)),
		p95Ms: round(at(0.95)),
		p99Ms: round(at(0.99)),
		maxMs: round(sorted.at(-1) ?? 0)
	};
}
