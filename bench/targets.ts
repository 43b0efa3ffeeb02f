/** One figure issue 7 sets a target for: what was measured, the bound, and whether it holds. */
export interface TargetRow {
	figure: string;
	/** null when its section did not run. */
	value: number | null;
	unit: string;
	comparison: '≤' | '≥';
	target: number;
	met: boolean | null;
}

type Results = Record<string, unknown>;

interface Goal {
	figure: string;
	unit: string;
	comparison: '≤' | '≥';
	target: number;
	value: (results: Results) => number | null;
}

/** The number at `path` in the results, or null where the path ends early or holds no number. */
export function numberAt(results: unknown, ...path: string[]): number | null {
	let node = results;
	for (const key of path) {
		if (typeof node !== 'object' || node === null) return null;
		node = (node as Record<string, unknown>)[key];
	}
	return typeof node === 'number' && Number.isFinite(node) ? node : null;
}

function sum(values: (number | null)[]): number | null {
	return values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

const REFUSALS = ['non2xx', 'refused', 'errors', 'timeouts'];

/** The intake runs that answered: the two saturated ones, then each open-loop phase. */
function intakeRuns(results: Results): unknown[] {
	const intake = (results.intake ?? {}) as Record<string, unknown>;
	const phases: unknown[] = Array.isArray(intake.onlineAtFixedRate)
		? (intake.onlineAtFixedRate as unknown[])
		: [];
	return [intake.online, intake.kiosk, ...phases];
}

/** The app's refusals in every intake run (null where a run is missing). */
const refusals = (results: Results) =>
	intakeRuns(results).flatMap((run) => REFUSALS.map((key) => numberAt(run, 'app', key)));

/** The open-loop phase that offered `share` of the saturated pace, if it ran. */
const openLoopAt = (results: Results, share: number) =>
	intakeRuns(results).find((run) => numberAt(run, 'share') === share);

export const GOALS: readonly Goal[] = [
	{
		figure: 'intake, online form (1 opinion a request): requests/s, app ÷ reference',
		unit: '×',
		comparison: '≥',
		target: 0.2,
		value: (r) => numberAt(r, 'intake', 'online', 'ratio', 'requestsPerSecond')
	},
	{
		figure: 'intake, online form: latency p99 at 50 connections, saturated (closed loop)',
		unit: 'ms',
		comparison: '≤',
		target: 20,
		value: (r) => numberAt(r, 'intake', 'online', 'app', 'latencyMs', 'p99')
	},
	{
		figure:
			'intake, online form: latency p99 at 50 connections offering half the saturated pace (open loop)',
		unit: 'ms',
		comparison: '≤',
		target: 20,
		value: (r) => numberAt(openLoopAt(r, 0.5), 'app', 'latencyMs', 'p99')
	},
	{
		figure: 'intake, kiosk sync (batches of 20): opinions/s, app ÷ reference',
		unit: '×',
		comparison: '≥',
		target: 1,
		value: (r) => numberAt(r, 'intake', 'kiosk', 'ratio', 'opinionsPerSecond')
	},
	{
		figure: 'intake: requests refused (non-2xx, forms sent back, errors, timeouts)',
		unit: 'requests',
		comparison: '≤',
		target: 0,
		value: (r) => sum(refusals(r))
	},
	{
		figure: 'intake: acknowledged opinions missing from the database',
		unit: 'opinions',
		comparison: '≤',
		target: 0,
		value: (r) => numberAt(r, 'intake', 'verified', 'app', 'lost')
	},
	{
		figure: 'inbox at 200 000 opinions: p95 server time',
		unit: 'ms',
		comparison: '≤',
		target: 30,
		value: (r) => numberAt(r, 'inbox', 'list', 'p95Ms')
	},
	{
		figure: 'report aggregation at 200 000 opinions (p95)',
		unit: 'ms',
		comparison: '≤',
		target: 500,
		value: (r) => numberAt(r, 'report', 'aggregation', 'p95Ms')
	},
	{
		figure: 'report DOCX with charts (p95)',
		unit: 'ms',
		comparison: '≤',
		target: 3000,
		value: (r) => numberAt(r, 'report', 'docx', 'p95Ms')
	},
	{
		figure: 'import of 100 000 CSV rows (upload + import)',
		unit: 's',
		comparison: '≤',
		target: 5,
		value: (r) =>
			sum([
				numberAt(r, 'tableImport', 'uploadSeconds'),
				numberAt(r, 'tableImport', 'importSeconds')
			])
	},
	{
		figure: 'kiosk route JavaScript, gzip (KB of 1024 bytes)',
		unit: 'KB',
		comparison: '≤',
		target: 60,
		value: (r) => {
			const bytes = numberAt(r, 'kioskSize', 'kiosk', 'js', 'gzip');
			return bytes === null ? null : Math.round((bytes / 1024) * 10) / 10;
		}
	},
	{
		figure: 'server RSS under the intake load, 200 000 opinions stored (max)',
		unit: 'MB',
		comparison: '≤',
		target: 200,
		value: (r) => numberAt(r, 'memory', 'rss', 'maxMB')
	}
];

export function summariseTargets(results: Results, goals = GOALS): TargetRow[] {
	return goals.map(({ figure, unit, comparison, target, value }) => {
		const measured = value(results);
		const met =
			measured === null ? null : comparison === '≤' ? measured <= target : measured >= target;
		return { figure, value: measured, unit, comparison, target, met };
	});
}
