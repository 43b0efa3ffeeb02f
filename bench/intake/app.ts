import { sql } from 'kysely';
import { openConsultation } from '../../scripts/demo/wspolnota-open';
import { warsawDate } from '../../src/lib/domain/warsaw-date';
import { checkFormToken } from '../../src/lib/server/auth/form-token';
import { openDatabase, type Database } from '../../src/lib/server/db/connect';
import { findSecret } from '../../src/lib/server/repositories/app-secrets';
import { listAreas } from '../../src/lib/server/repositories/codebook';
import {
	findConsultationBySlug,
	listQuestions
} from '../../src/lib/server/repositories/consultations';
import {
	DEFAULT_ONLINE_SETTINGS,
	newFormToken
} from '../../src/lib/server/services/online-opinions';
import { BenchFailure } from '../log';
import { pairTablet, type Tablet } from '../sync/client';
import { prepareFixture } from '../sync/fixture';
import { startServer, type RunningServer } from '../sync/server';
import type { OnlineForm } from './online';

/**
 * The public form's spam defence stays as shipped, pinned here so that an operator's own values
 * cannot change the figures: a token younger than 3 s is refused, and an address may send 10
 * opinions in 15 minutes. The bench passes both as residents do: each token was shown minutes
 * before it is sent, and each request comes from its own address. The server reads that address
 * from X-Forwarded-For, as it does behind the city's reverse proxy (README: ADDRESS_HEADER).
 * Raising the limit instead would pile every hit of the run on one address, a load no resident
 * makes, and time the limit's bookkeeping rather than intake.
 */
export const BENCH_ENV = {
	ONLINE_FORM_MIN_SECONDS: String(DEFAULT_ONLINE_SETTINGS.minFillMs / 1000),
	ONLINE_FORM_LIMIT: String(DEFAULT_ONLINE_SETTINGS.limit),
	ADDRESS_HEADER: 'x-forwarded-for',
	XFF_DEPTH: '1'
};

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

export interface AppUnderLoad {
	server: RunningServer;
	form: OnlineForm;
	tablets: Tablet[];
	/** The `synchronous` setting the app's database connection runs with. */
	synchronous: string;
	/** UUIDs of the online and kiosk opinions stored since the fixture was made. */
	storedUuids(): Promise<string[]>;
	stop(): Promise<void>;
}

/** The production build on a fresh demo database (plus `opinions` generated), tablets paired. */
export async function startApp(
	buildDir: string,
	options: { tablets: number; opinions?: number }
): Promise<AppUnderLoad> {
	const fixture = await prepareFixture(options.tablets, { opinions: options.opinions });
	try {
		const facts = await withDatabase(fixture.databasePath, readFacts);
		const server = await startServer(buildDir, fixture.databasePath, BENCH_ENV);
		try {
			const tablets: Tablet[] = [];
			for (const code of fixture.pairingCodes) tablets.push(await pairTablet(server.origin, code));
			return {
				server,
				form: { origin: server.origin, ...facts.form },
				tablets,
				synchronous: facts.synchronous,
				storedUuids: () =>
					withDatabase(fixture.databasePath, async (db) =>
						(await intakeUuids(db, facts.form.consultationId)).filter(
							(uuid) => !facts.before.has(uuid)
						)
					),
				stop: async () => {
					await server.stop();
					fixture.remove();
				}
			};
		} catch (error) {
			await server.stop();
			throw error;
		}
	} catch (error) {
		fixture.remove();
		throw error;
	}
}

async function readFacts(db: Database) {
	const slug = openConsultation(warsawDate(new Date())).slug;
	const consultation = await findConsultationBySlug(db, slug);
	if (!consultation) throw new BenchFailure(`The demo seed made no consultation ${slug}`);
	const secret = await findSecret(db, 'form_token');
	// The bench signs tokens itself; a token of the app's must pass under the bench's scope.
	const issued = await newFormToken(db, consultation.id, new Date(Date.now() - 60_000));
	if (!checkFormToken(secret, `online:${consultation.id}`, issued, new Date(), 0).ok) {
		throw new BenchFailure('The form token scope changed: update bench/intake/online.ts');
	}
	const pragma = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
	return {
		form: {
			slug,
			consultationId: consultation.id,
			secret,
			questionIds: (await listQuestions(db, consultation.id)).map((q) => q.id),
			areaIds: (await listAreas(db, consultation.id)).map((a) => a.id)
		},
		synchronous: SYNCHRONOUS[pragma.rows[0]?.synchronous ?? -1] ?? 'unknown',
		before: new Set(await intakeUuids(db, consultation.id))
	};
}

async function intakeUuids(db: Database, consultationId: number) {
	const rows = await db
		.selectFrom('comments')
		.select('uuid')
		.where('consultation_id', '=', consultationId)
		.where('channel', 'in', ['online', 'kiosk'])
		.execute();
	return rows.map((row) => row.uuid);
}

async function withDatabase<T>(path: string, work: (db: Database) => Promise<T>): Promise<T> {
	const db = openDatabase(path);
	try {
		return await work(db);
	} finally {
		await db.destroy();
	}
}
