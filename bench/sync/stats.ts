export interface PhaseReport {
	requests: number;
	itemsPerRequest: number;
	items: number;
	wallMs: number;
	itemsPerSecond: number;
	latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
}

export function summarise(latencies: number[], itemsPerRequest: number, wallMs: number) {
	const sorted = [...latencies].sort((a, b) => a - b);
	const items = latencies.length * itemsPerRequest;
	const report: PhaseReport = {
		requests: latencies.length,
		itemsPerRequest,
		items,
		wallMs: round(wallMs),
		itemsPerSecond: round((items * 1000) / wallMs),
		latencyMs: {
			p50: round(percentile(sorted, 50)),
			p95: round(percentile(sorted, 95)),
			p99: round(percentile(sorted, 99)),
			max: round(sorted.at(-1) ?? 0),
			mean: round(sorted.reduce((sum, ms) => sum + ms, 0) / Math.max(sorted.length, 1))
		}
	};
	return report;
}

/** Nearest rank: always a latency that was actually observed. */
function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] ?? 0;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
