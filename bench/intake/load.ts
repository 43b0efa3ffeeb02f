import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { percentile, round } from '../stats';
import { cpuMs } from './rss';

/** What one request carries and how its answer is read. */
export interface Scenario {
	path: string;
	headers: Record<string, string>;
	/** A fresh body for every request (a new opinion, never a replay) and the UUIDs it holds. */
	next(): { body: string | Buffer; uuids: string[]; headers?: Record<string, string> };
	/** Whether an answer says that the opinions were stored (a form's failure also comes as 200). */
	accepted(status: number, body: string): boolean;
}

export interface LoadPlan {
	connections: number;
	/** Requests sent first, unmeasured, so that the JIT and SQLite's cache are warm. */
	warmupRequests: number;
	/** The measured run is sized to last about this long at the warm-up's pace. */
	seconds: number;
}

export interface LoadRun {
	requests: number;
	opinions: number;
	wallMs: number;
	requestsPerSecond: number;
	opinionsPerSecond: number;
	latencyMs: { p50: number; p95: number; p99: number; max: number };
	non2xx: number;
	/** 2xx answers that did not say „stored” (a form sent back with a problem). */
	refused: number;
	errors: number;
	timeouts: number;
	statusCodes: Record<string, number>;
	/**
	 * The server's CPU time per request (user + system): unlike requests/s, hardly moved by other
	 * processes on the machine. Null when the server's process is not known or not readable.
	 */
	serverCpuMsPerRequest: number | null;
}

/** UUIDs of the opinions the server acknowledged, to compare with the database afterwards. */
export type Ledger = Set<string>;

export interface Target {
	origin: string;
	/** The server's process id, to read its CPU time. */
	pid?: number;
}

export async function warmAndRun(
	target: Target,
	scenario: Scenario,
	plan: LoadPlan,
	ledger: Ledger
): Promise<LoadRun> {
	const warm = await runLoad(target, scenario, plan.connections, plan.warmupRequests, ledger);
	const amount = Math.max(plan.connections * 10, Math.round(warm.requestsPerSecond * plan.seconds));
	return runLoad(target, scenario, plan.connections, amount, ledger);
}

/**
 * `amount` requests over `connections` keep-alive connections. A fixed count, not a duration:
 * autocannon drops the requests in flight when a duration ends, and their opinions would be
 * stored without anyone seeing the answer.
 */
export function runLoad(
	{ origin, pid }: Target,
	scenario: Scenario,
	connections: number,
	amount: number,
	ledger: Ledger
): Promise<LoadRun> {
	const latencies: number[] = [];
	const tally: AnswerTally = { opinions: 0, refused: 0 };
	let last = 0;
	// Bodies are made before the clock starts, so that the bench's own work (texts, signing
	// tokens) does not take the CPU the server needs; a resend after a timeout makes a fresh one.
	const bodies = Array.from({ length: amount }, () => scenario.next());
	const next = () => bodies.pop() ?? scenario.next();
	const cpuBefore = pid === undefined ? null : cpuMs(pid);
	const started = performance.now();
	let guard: ReturnType<typeof setTimeout> | undefined;
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				url: origin,
				connections,
				amount,
				timeout: 10,
				requests: [
					{
						method: 'POST',
						path: scenario.path,
						headers: scenario.headers,
						setupRequest(request, context) {
							const { body, uuids, headers } = next();
							context.uuids = uuids;
							return { ...request, headers: { ...request.headers, ...headers }, body };
						},
						onResponse(status, body, context) {
							countAnswer(tally, scenario, ledger, status, body, context.uuids ?? []);
						}
					}
				]
			},
			(error, result) => {
				clearTimeout(guard);
				if (error) return reject(error);
				const cpuAfter = pid === undefined ? null : cpuMs(pid);
				resolve(
					summariseLoad({
						latencies,
						wallMs: last - started,
						...tally,
						non2xx: result.non2xx,
						errors: result.errors - result.timeouts,
						timeouts: result.timeouts,
						statusCodes: Object.fromEntries(
							Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])
						),
						cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
					})
				);
			}
		);
		instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
			latencies.push(ms);
			last = performance.now();
		});
		// A server that stops answering must not hold the bench: every run ends by itself.
		guard = setTimeout(() => instance.stop(), 120_000);
	});
}

/** The 2xx answers of a run: opinions stored, and forms sent back with a problem. */
export interface AnswerTally {
	opinions: number;
	refused: number;
}

/**
 * Counts one answer: a 2xx that says the opinions were stored puts them in the ledger, any other
 * 2xx is refused; other statuses are counted apart, by status code.
 */
export function countAnswer(
	tally: AnswerTally,
	scenario: Scenario,
	ledger: Ledger,
	status: number,
	body: string,
	uuids: readonly string[]
) {
	if (status >= 300) return;
	if (!scenario.accepted(status, body)) return void tally.refused++;
	for (const uuid of uuids) ledger.add(uuid);
	tally.opinions += uuids.length;
}

/** What a load run counted, as the figures in a LoadRun. */
export function summariseLoad(
	counted: AnswerTally & {
		latencies: number[];
		wallMs: number;
		non2xx: number;
		errors: number;
		timeouts: number;
		statusCodes: Record<string, number>;
		/** The server's CPU time over the run; null when it could not be read. */
		cpuMs: number | null;
	}
): LoadRun {
	const { latencies, opinions, cpuMs: cpu } = counted;
	const wallMs = Math.max(counted.wallMs, 1);
	const sorted = [...latencies].sort((a, b) => a - b);
	const at = (p: number) => round(percentile(sorted, p));
	return {
		requests: sorted.length,
		opinions,
		wallMs: round(wallMs, 0),
		requestsPerSecond: round((sorted.length * 1000) / wallMs, 1),
		opinionsPerSecond: round((opinions * 1000) / wallMs, 1),
		latencyMs: { p50: at(50), p95: at(95), p99: at(99), max: at(100) },
		non2xx: counted.non2xx,
		refused: counted.refused,
		errors: counted.errors,
		timeouts: counted.timeouts,
		statusCodes: counted.statusCodes,
		serverCpuMsPerRequest: cpu === null ? null : round(cpu / Math.max(sorted.length, 1))
	};
}

interface Request {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: string | Buffer;
	setupRequest?(request: Request, context: Context): Request;
	onResponse?(status: number, body: string, context: Context): void;
}

type Context = { uuids?: string[] };

interface Result {
	errors: number;
	timeouts: number;
	non2xx: number;
	statusCodeStats: Record<string, { count: number }>;
}

interface Options {
	url: string;
	connections: number;
	amount: number;
	timeout: number;
	requests: Request[];
}

type Autocannon = (
	options: Options,
	done: (error: Error | null, result: Result) => void
) => EventEmitter & { stop(): void };

// autocannon ships no types; this names the part of its API the bench uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
