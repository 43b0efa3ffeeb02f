import { describe } from './intake';
import { startApp } from './intake/app';
import { kioskScenario } from './intake/kiosk';
import { warmAndRun, type LoadRun } from './intake/load';
import { onlineScenario } from './intake/online';
import { sampleRss } from './intake/rss';
import { reconcile } from './intake/verify';
import { progress } from './log';

export const MEMORY_PLAN = {
	opinions: 200_000,
	connections: 50,
	warmupRequests: 500,
	seconds: 10,
	batchSize: 20,
	tablets: 10,
	goalMaxMB: 200
};

/**
 * The server's resident memory while it takes the intake load (the online form, then kiosk
 * sync) with 200 000 opinions stored, read from /proc every 100 ms: the most it held and its
 * median. Idle is the figure just after start, before the first request.
 */
export async function benchMemory(buildDir: string, plan = MEMORY_PLAN) {
	progress(`Memory: a database with ${plan.opinions} opinions`);
	const app = await startApp(buildDir, { tablets: plan.tablets, opinions: plan.opinions });
	try {
		const idleMB = sampleRss(app.server.pid).stop().maxMB;
		const ledger = new Set<string>();
		const rss = sampleRss(app.server.pid);
		const run = async (name: string, scenario: Parameters<typeof warmAndRun>[1]) => {
			progress(`Memory: ${name} at ${plan.connections} connections`);
			const result = await warmAndRun(app.server, scenario, plan, ledger);
			progress(`Memory: ${name}: ${describe(result)}`);
			return brief(result);
		};
		const online = await run('online form', onlineScenario(app.form));
		const kiosk = await run(
			`kiosk sync × ${plan.batchSize}`,
			kioskScenario(app.tablets, plan.batchSize)
		);
		const underLoad = rss.stop();
		return {
			plan,
			idleMB,
			rss: { ...underLoad, goalMaxMB: plan.goalMaxMB, met: underLoad.maxMB <= plan.goalMaxMB },
			online,
			kiosk,
			verified: reconcile(ledger, await app.storedUuids())
		};
	} finally {
		await app.stop();
	}
}

function brief(run: LoadRun) {
	const { requestsPerSecond, opinionsPerSecond, latencyMs, non2xx, refused, errors, timeouts } =
		run;
	return { requestsPerSecond, opinionsPerSecond, latencyMs, non2xx, refused, errors, timeouts };
}
