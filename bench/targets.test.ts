import { describe, expect, it } from 'vitest';
import { GOALS, numberAt, summariseTargets as sut } from './targets';

const run = (app: Record<string, unknown>) => ({
	app: { non2xx: 0, refused: 0, errors: 0, timeouts: 0, latencyMs: { p99: 12 }, ...app },
	ratio: { requestsPerSecond: 0.25, opinionsPerSecond: 1.1 }
});

const results = {
	intake: {
		online: run({ latencyMs: { p99: 45 } }),
		onlineAtFixedRate: [
			{ share: 0.25, ...run({ errors: 1 }) },
			{ share: 0.5, ...run({ latencyMs: { p99: 12 } }) }
		],
		kiosk: run({ timeouts: 2 }),
		verified: { app: { lost: 0 } }
	},
	inbox: { list: { p95Ms: 31.5 } },
	report: { aggregation: { p95Ms: 420 }, docx: { p95Ms: 2100 } },
	tableImport: { uploadSeconds: 1.25, importSeconds: 3.5 },
	kioskSize: { kiosk: { js: { gzip: 61_440 } } },
	memory: { rss: { maxMB: 150.2 } }
};

describe('summariseTargets', () => {
	it('names every figure of the issue once, with its value and whether it meets its bound', () => {
		const rows = sut(results);

		expect(rows).toHaveLength(GOALS.length);
		expect(new Set(rows.map((r) => r.figure)).size).toBe(rows.length);
		const byUnit = rows.map((r) => [r.value, r.comparison, r.target, r.met]);
		expect(byUnit).toEqual([
			[0.25, '≥', 0.2, true],
			[45, '≤', 20, false],
			[12, '≤', 20, true],
			[1.1, '≥', 1, true],
			[3, '≤', 0, false],
			[0, '≤', 0, true],
			[31.5, '≤', 30, false],
			[420, '≤', 500, true],
			[2100, '≤', 3000, true],
			[4.75, '≤', 5, true],
			[60, '≤', 60, true],
			[150.2, '≤', 200, true]
		]);
	});

	it('leaves figures of sections that did not run unmeasured, neither met nor missed', () => {
		const rows = sut({ memory: results.memory });

		expect(rows.filter((r) => r.value !== null).map((r) => r.unit)).toEqual(['MB']);
		expect(rows.filter((r) => r.met === null)).toHaveLength(GOALS.length - 1);
	});
});

describe('numberAt', () => {
	it('follows a path to a finite number and gives null for anything else', () => {
		expect(numberAt({ a: { b: 3 } }, 'a', 'b')).toBe(3);
		expect(numberAt({ a: { b: '3' } }, 'a', 'b')).toBeNull();
		expect(numberAt({ a: null }, 'a', 'b')).toBeNull();
		expect(numberAt({ a: { b: Number.NaN } }, 'a', 'b')).toBeNull();
	});
});
