import { Agent, request } from 'node:http';
import { cpuMs } from './rss';
import {
	countAnswer,
	summariseLoad,
	type Ledger,
	type LoadRun,
	type Scenario,
	type Target
} from './load';

/** When request `index` of a run at `rate` requests a second is due, in ms after its start. */
export function dueAtMs(index: number, rate: number): number {
	return (index * 1000) / rate;
}

/**
 * `amount` requests at a steady `rate` a second over at most `connections` keep-alive
 * connections: an open loop, where each request leaves when it is due, whether or not earlier
 * answers have come. (autocannon's rate option sends each second's quota in a burst at the
 * start of the second, which measures the burst, not the pace.)
 *
 * Latency runs from when a request was due, not from when a free connection took it, so that a
 * server falling behind shows as latency (no coordinated omission).
 */
export async function runOpenLoop(
	{ origin, pid }: Target,
	scenario: Scenario,
	connections: number,
	amount: number,
	rate: number,
	ledger: Ledger
): Promise<LoadRun> {
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const { hostname, port } = new URL(origin);
	// Bodies are made before the clock starts, as in the closed loop.
	const bodies = Array.from({ length: amount }, () => scenario.next());
	const latencies: number[] = [];
	const statusCodes: Record<string, number> = {};
	const tally = { opinions: 0, refused: 0, non2xx: 0, errors: 0, timeouts: 0 };
	const cpuBefore = pid === undefined ? null : cpuMs(pid);
	const started = performance.now();
	let last = started;

	const send = (index: number) =>
		new Promise<void>((done) => {
			const due = started + dueAtMs(index, rate);
			const { body, uuids, headers } = bodies[index] ?? scenario.next();
			const req = request(
				{
					agent,
					hostname,
					port,
					method: 'POST',
					path: scenario.path,
					headers: { ...scenario.headers, ...headers, 'content-length': Buffer.byteLength(body) }
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () => {
						last = performance.now();
						latencies.push(last - due);
						const status = res.statusCode ?? 0;
						statusCodes[status] = (statusCodes[status] ?? 0) + 1;
						if (status >= 300) tally.non2xx++;
						const answer = Buffer.concat(chunks).toString('utf8');
						countAnswer(tally, scenario, ledger, status, answer, uuids);
						done();
					});
				}
			);
			let timedOut = false;
			req.setTimeout(10_000, () => {
				timedOut = true;
				tally.timeouts++;
				req.destroy();
			});
			req.on('error', () => {
				if (!timedOut) tally.errors++;
				done();
			});
			req.end(body);
		});

	const inFlight: Promise<void>[] = [];
	for (let index = 0; index < amount; index++) {
		const wait = started + dueAtMs(index, rate) - performance.now();
		if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
		inFlight.push(send(index));
	}
	await Promise.all(inFlight);
	agent.destroy();

	const cpuAfter = pid === undefined ? null : cpuMs(pid);
	return summariseLoad({
		latencies,
		wallMs: last - started,
		...tally,
		statusCodes,
		cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
	});
}
