import { countPublished } from '../../src/lib/server/services/report-opinions';
import { loadPublishedReport } from '../../src/lib/server/services/report-publish';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/connect';
import { countCommentsByChannel } from '../../src/lib/server/repositories/comments';
import { listAreas } from '../../src/lib/server/repositories/codebook';
import { findConsultationBySlug } from '../../src/lib/server/repositories/consultations';
import { listEvents, listTables } from '../../src/lib/server/repositories/events';
import { isAcceptingOpinions } from '../../src/lib/server/services/consultations';
import { warsawDate } from '../../src/lib/domain/warsaw-date';
import { createTestDb } from '../../src/lib/server/testing/db';
import { countRows } from '../../src/lib/server/testing/factories';
import { consultation, demoUsers } from './program-wspolnota';
import { openConsultation } from './wspolnota-open';
import * as sut from './seed';
import * as corpus from './corpus';
import { codingProgress } from '../../src/lib/server/repositories/assignment';
import { responseSummary } from '../../src/lib/server/services/responses';

const tables = [
	'users',
	'consultations',
	'questions',
	'areas',
	'themes',
	'events',
	'meeting_tables',
	'comments',
	'audit_log'
] as const;

async function countAll(db: Database) {
	const counts: Record<string, number> = {};
	for (const table of tables) counts[table] = await countRows(db, table);
	return counts;
}

/** One seeded database for the file: seeding hashes three argon2 passwords. */
describe('seedDemo', () => {
	let db: Database;
	let first: sut.SeedSummary;
	let consultationId: number;
	const today = warsawDate(new Date());
	beforeAll(async () => {
		db = await createTestDb();
		first = await sut.seedDemo(db);
		consultationId = (await findConsultationBySlug(db, consultation.slug))?.id ?? 0;
	});
	afterAll(async () => db.destroy());

	it('reports what it created', async () => {
		expect(first).toEqual({
			consultationsCreated: 2,
			usersCreated: 3,
			commentsInserted: (await countAll(db)).comments
		});
	});

	it('creates the 2018 consultation with three areas', async () => {
		expect((await listAreas(db, consultationId)).map((a) => a.code)).toEqual([1, 2, 3]);
	});

	it('creates an open consultation, accepting opinions today, with a Neighbour Day stand', async () => {
		const open = await findConsultationBySlug(db, openConsultation(today).slug);

		expect(open && isAcceptingOpinions(open, today)).toBe(true);
		expect((await listAreas(db, open?.id ?? 0)).map((a) => a.code)).toEqual([1, 2, 3]);
		expect((await listEvents(db, open?.id ?? 0)).map((e) => e.kind)).toEqual([
			'neighbour_day',
			'open_meeting'
		]);
		expect((await countAll(db)).consultations).toBe(2);
	});

	it('gives the open consultation a meeting today with a table per area', async () => {
		const open = await findConsultationBySlug(db, openConsultation(today).slug);
		const meeting = (await listEvents(db, open?.id ?? 0)).find((e) => e.kind === 'open_meeting');

		expect(meeting?.starts_at).toBe(`${today}T17:30`);
		const tablesOfMeeting = await listTables(db, meeting?.id ?? 0);
		expect(tablesOfMeeting.map((t) => t.area_code)).toEqual([1, 2, 3]);
		expect(tablesOfMeeting[0]?.name).toBe('Stolik 1 – otwartość i relacje');
	});

	it('creates at least nine events, including an open meeting with three tables', async () => {
		const events = await listEvents(db, consultationId);
		const meetings = events.filter((e) => e.kind === 'open_meeting');

		expect(events.length).toBeGreaterThanOrEqual(9);
		expect(meetings).toHaveLength(1);
		const tablesOfMeeting = await listTables(db, meetings[0]?.id ?? 0);
		expect(tablesOfMeeting.map((t) => t.area_code)).toEqual([1, 2, 3]);
	});

	it('creates at least 300 opinions across kiosk, meeting, online, e-mail and paper', async () => {
		const byChannel = await countCommentsByChannel(db, consultationId);
		const total = byChannel.reduce((sum, c) => sum + Number(c.n), 0);

		expect(total).toBeGreaterThanOrEqual(300);
		expect(byChannel.map((c) => c.channel).sort()).toEqual(
			['email', 'kiosk', 'meeting', 'online', 'paper'].sort()
		);
		expect(byChannel.every((c) => Number(c.n) > 0)).toBe(true);
	});

	it('codes the 2018 consultation as its analysts would: spam set aside, the latest left waiting', async () => {
		const progress = await codingProgress(db, consultationId);
		const count = (state: string) => Number(progress.totals.find((t) => t.state === state)?.n ?? 0);

		expect(count('received')).toBeGreaterThan(50);
		expect(count('excluded')).toBe(corpus.spamComments.length + corpus.offTopicComments.length);
		expect(count('coded')).toBeGreaterThan(300);
		expect((await responseSummary(db, consultationId)).byStatus.accepted).toBeGreaterThan(0);
	});

	it('publishes version 1 of the 2018 report, with every counted opinion in its table', async () => {
		const published = await loadPublishedReport(db, consultationId, null);
		expect(published?.version).toBe(1);
		expect(published!.snapshot.figures.opinions).toBeGreaterThan(300);
		expect(await countPublished(db, consultationId, 1)).toBe(published!.snapshot.figures.opinions);
	});

	it('creates the three demo users with their roles', async () => {
		const users = await db.selectFrom('users').select(['email', 'role']).orderBy('id').execute();

		expect(users).toEqual(demoUsers.map(({ email, role }) => ({ email, role })));
	});

	it('adds nothing when run a second time', async () => {
		const before = await countAll(db);

		const second = await sut.seedDemo(db);

		expect(second).toEqual({ consultationsCreated: 0, usersCreated: 0, commentsInserted: 0 });
		expect(await countAll(db)).toEqual(before);
	});
});
