import { progress } from './log';
import { startApp, type AppUnderLoad } from './intake/app';
import { kioskScenario, referenceBatchScenario } from './intake/kiosk';
import { warmAndRun, type Ledger, type LoadPlan, type LoadRun, type Scenario } from './intake/load';
import { onlineScenario, referenceOneScenario } from './intake/online';
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
	return { online, kiosk };
}

export function describe(run: LoadRun): string {
	const refused = run.non2xx + run.refused + run.errors + run.timeouts;
	const cpu = run.serverCpuMsPerRequest === null ? '' : `, ${run.serverCpuMsPerRequest} ms CPU/req`;
	return `${run.requestsPerSecond} req/s, ${run.opinionsPerSecond} opinions/s, p99 ${run.latencyMs.p99} ms, ${refused} refused${cpu}`;
}
