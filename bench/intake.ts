import { progress } from './log';
import { startApp, type AppUnderLoad } from './intake/app';
import { kioskScenario, referenceBatchScenario } from './intake/kiosk';
import {
	warmAndRun,
	type Ledger,
	type LoadPlan,
	type LoadRun,
	type Scenario,
	type Target
} from './intake/load';
import { onlineScenario, referenceOneScenario } from './intake/online';
import { runOpenLoop } from './intake/open-loop';
import { startReference, type Reference } from './intake/reference';
import { sampleRss } from './intake/rss';
import { reconcile } from './intake/verify';
import { ratio } from './stats';

export const INTAKE_PLAN = {
	connections: 50,
	warmupRequests: 500,
	seconds: 10,
	batchSize: 20,
	tablets: 10,
	/** The open-loop phases offer these shares of the app's saturated requests/s (atFixedRate). */
	fixedRateShares: [0.25, 0.5],
	goals: { onlineRequestsRatio: 0.2, onlineP99Ms: 20, kioskOpinionsRatio: 1 }
};

export type IntakePlan = typeof INTAKE_PLAN;

export interface Comparison {
	app: LoadRun;
	reference: LoadRun;
	/** app ÷ reference. */
	ratio: { requestsPerSecond: number | null; opinionsPerSecond: number | null };
}

/**
 * The production server's two intake endpoints at 50 connections, each against the bare
 * reference under the same load: the online form (one opinion a request) and kiosk sync
 * (batches of 20). Afterwards both databases must hold exactly the acknowledged opinions.
 */
export async function benchIntake(buildDir: string, plan = INTAKE_PLAN) {
	const app = await startApp(buildDir, { tablets: plan.tablets });
	try {
		const reference = await startReference(app.synchronous);
		try {
			progress(`Intake: app at ${app.server.origin}, reference at ${reference.server.origin}`);
			const ledgers = { app: new Set<string>(), reference: new Set<string>() };
			const rss = sampleRss(app.server.pid);
			const runs = await compareBoth(app, reference, plan, ledgers);
			return {
				plan,
				synchronous: app.synchronous,
				...runs,
				appRss: rss.stop(),
				verified: {
					app: reconcile(ledgers.app, await app.storedUuids()),
					reference: reconcile(ledgers.reference, reference.storedUuids())
				}
			};
		} finally {
			await reference.stop();
		}
	} finally {
		await app.stop();
	}
}

async function compareBoth(
	app: AppUnderLoad,
	reference: Reference,
	plan: IntakePlan,
	ledgers: { app: Ledger; reference: Ledger }
) {
	const load: LoadPlan = plan;
	const compare = async (name: string, ours: Scenario, bare: Scenario): Promise<Comparison> => {
		progress(`Intake: ${name}, reference`);
		const base = await warmAndRun(reference.server, bare, load, ledgers.reference);
		progress(`Intake: ${name}, app`);
		const measured = await warmAndRun(app.server, ours, load, ledgers.app);
		progress(`Intake: ${name}: app ${describe(measured)}; reference ${describe(base)}`);
		return {
			app: measured,
			reference: base,
			ratio: {
				requestsPerSecond: ratio(measured.requestsPerSecond, base.requestsPerSecond),
				opinionsPerSecond: ratio(measured.opinionsPerSecond, base.opinionsPerSecond)
			}
		};
	};
	const online = await compare(
		'online form',
		onlineScenario(app.form),
		referenceOneScenario(app.form)
	);
	const [tablet] = app.tablets;
	if (!tablet) throw new Error('No tablet was paired');
	const kiosk = await compare(
		`kiosk sync × ${plan.batchSize}`,
		kioskScenario(app.tablets, plan.batchSize),
		referenceBatchScenario(tablet, plan.batchSize)
	);
	const onlineAtFixedRate: FixedRateComparison[] = [];
	for (const share of plan.fixedRateShares) {
		const rate = Math.max(plan.connections, Math.round(online.app.requestsPerSecond * share));
		onlineAtFixedRate.push({
			share,
			...(await atFixedRate(
				rate,
				{ app: app.server, reference: reference.server },
				{ app: onlineScenario(app.form), reference: referenceOneScenario(app.form) },
				plan,
				ledgers
			))
		});
	}
	return { online, kiosk, onlineAtFixedRate };
}

export interface FixedRateComparison {
	/** The share of the app's saturated requests/s offered. */
	share: number;
	/** Requests a second offered by the 50 connections together, to both servers. */
	offeredPerSecond: number;
	app: LoadRun;
	reference: LoadRun;
}

/**
 * The online form again, with the same 50 connections sending a fixed number of requests a
 * second instead of each waiting for its answer. At saturation (above) latency is about
 * connections ÷ throughput whatever the server does; here it is what one resident waits at a
 * load the server carries: a quarter and half of the app's saturated pace, both far above any
 * real consultation's.
 */
async function atFixedRate(
	rate: number,
	servers: { app: Target; reference: Target },
	scenarios: { app: Scenario; reference: Scenario },
	plan: IntakePlan,
	ledgers: { app: Ledger; reference: Ledger }
): Promise<Omit<FixedRateComparison, 'share'>> {
	const run = (side: 'app' | 'reference') => {
		progress(`Intake: online form at ${rate} requests/s, ${side}`);
		const amount = rate * plan.seconds;
		return runOpenLoop(
			servers[side],
			scenarios[side],
			plan.connections,
			amount,
			rate,
			ledgers[side]
		);
	};
	const reference = await run('reference');
	const app = await run('app');
	progress(
		`Intake: online form at ${rate}/s: app ${describe(app)}; reference ${describe(reference)}`
	);
	return { offeredPerSecond: rate, app, reference };
}

export function describe(run: LoadRun): string {
	const refused = run.non2xx + run.refused + run.errors + run.timeouts;
	const cpu = run.serverCpuMsPerRequest === null ? '' : `, ${run.serverCpuMsPerRequest} ms CPU/req`;
	return `${run.requestsPerSecond} req/s, ${run.opinionsPerSecond} opinions/s, p99 ${run.latencyMs.p99} ms, ${refused} refused${cpu}`;
}
