import type { ItemStatus, OpinionItem } from '../src/lib/domain/kiosk';
import { OPINION_LIMITS } from '../src/lib/schemas/opinion';
import { BenchFailure, progress } from './log';
import { pairTablet, type Tablet } from './sync/client';
import { prepareFixture } from './sync/fixture';
import { makeBatch } from './sync/opinions';
import { startServer } from './sync/server';
import { summarise, type PhaseReport } from './sync/stats';

export const DEFAULT_PLAN = {
	batchSize: OPINION_LIMITS.batchItems,
	warmupBatches: 5,
	sequentialBatches: 100,
	concurrentClients: 4,
	batchesPerClient: 25,
	singleRequests: 200
};

export type SyncPlan = typeof DEFAULT_PLAN;

export interface SyncReport {
	plan: SyncPlan & { concurrentDevices: string };
	sequential: PhaseReport;
	concurrent: PhaseReport;
	replay: PhaseReport;
	single: PhaseReport;
	verified: { opinionsSent: number; rowsStored: number };
}

/** Opinions sent per device, so that the comments table can be checked at the end. */
type Sent = Map<number, Set<string>>;

export async function benchSync(buildDir: string, plan = DEFAULT_PLAN): Promise<SyncReport> {
	const fixture = await prepareFixture(1 + plan.concurrentClients);
	try {
		const server = await startServer(buildDir, fixture.databasePath);
		try {
			progress(`Server at ${server.origin}, database ${fixture.databasePath}`);
			const tablets: Tablet[] = [];
			for (const code of fixture.pairingCodes) tablets.push(await pairTablet(server.origin, code));
			const sent: Sent = new Map(tablets.map((t) => [t.deviceId, new Set<string>()]));
			const phases = await measure(tablets, plan, sent);
			const verified = verify(sent, await fixture.storedPerDevice());
			return { plan: { ...plan, concurrentDevices: 'one per client' }, ...phases, verified };
		} finally {
			await server.stop();
		}
	} finally {
		fixture.remove();
	}
}

/** Batches are made before each phase starts, so the clock times the server, not the bench. */
async function measure(tablets: Tablet[], plan: SyncPlan, sent: Sent) {
	const [main, ...others] = tablets as [Tablet, ...Tablet[]];
	const run = (tablet: Tablet, batches: OpinionItem[][], expected: ItemStatus = 'stored') =>
		sendAll(tablet, batches, expected, sent);
	const batches = (count: number, size = plan.batchSize) =>
		Array.from({ length: count }, () => makeBatch(main.config, size));

	await run(main, batches(plan.warmupBatches));
	progress(`Sequential: ${plan.sequentialBatches} × ${plan.batchSize}`);
	const stored = batches(plan.sequentialBatches);
	const sequential = await timed(plan.batchSize, () => run(main, stored));
	progress(`Concurrent: ${others.length} tablets × ${plan.batchesPerClient} × ${plan.batchSize}`);
	const perClient = others.map(() => batches(plan.batchesPerClient));
	const concurrent = await timed(plan.batchSize, async () =>
		(await Promise.all(others.map((t, i) => run(t, perClient[i] ?? [])))).flat()
	);
	progress(`Replay: the ${plan.sequentialBatches} sequential batches again`);
	const replay = await timed(plan.batchSize, () => run(main, stored, 'duplicate'));
	progress(`Single: ${plan.singleRequests} × 1`);
	const singles = batches(plan.singleRequests, 1);
	const single = await timed(1, () => run(main, singles));
	return { sequential, concurrent, replay, single };
}

async function sendAll(tablet: Tablet, batches: OpinionItem[][], expected: ItemStatus, sent: Sent) {
	const latencies: number[] = [];
	for (const items of batches) {
		latencies.push(await tablet.send(items, expected));
		for (const item of items) sent.get(tablet.deviceId)?.add(item.uuid);
	}
	return latencies;
}

async function timed(itemsPerRequest: number, work: () => Promise<number[]>) {
	const started = performance.now();
	const latencies = await work();
	return summarise(latencies, itemsPerRequest, performance.now() - started);
}

function verify(sent: Sent, stored: Map<number, number>) {
	let opinionsSent = 0;
	let rowsStored = 0;
	for (const [deviceId, uuids] of sent) {
		const rows = stored.get(deviceId) ?? 0;
		if (rows !== uuids.size) {
			throw new BenchFailure(`Device ${deviceId}: sent ${uuids.size} opinions, ${rows} stored`);
		}
		opinionsSent += uuids.size;
		rowsStored += rows;
	}
	return { opinionsSent, rowsStored };
}
