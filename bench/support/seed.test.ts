import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/connect';
import { CHANNELS } from '../../src/lib/domain/vocabularies';
import { createTestDb } from '../../src/lib/server/testing/db';
import { generateOpinions } from './opinions';
import { seedBenchConsultation as sut, type BenchSeed } from './seed';

const COUNT = 1500;

describe('seedBenchConsultation', () => {
	let db: Database;
	let seeded: BenchSeed;
	beforeAll(async () => {
		db = await createTestDb();
		seeded = await sut(db, COUNT, { seed: 7 });
	});
	afterAll(async () => db.destroy());

	const comments = () =>
		db
			.selectFrom('comments')
			.selectAll()
			.where('consultation_id', '=', seeded.context.consultationId)
			.execute();

	it('stores the opinions over every channel, four weeks, statuses and optional facts', async () => {
		const rows = await comments();

		expect(rows).toHaveLength(COUNT);
		expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(CHANNELS));
		expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['received', 'coded', 'excluded']));
		for (const row of rows) {
			expect(row.received_at >= '2026-05-04' && row.received_at < '2026-06-01').toBe(true);
			expect((row.status === 'excluded') === (row.excluded_reason !== null)).toBe(true);
		}
		const share = (test: (r: (typeof rows)[number]) => boolean) =>
			rows.filter(test).length / rows.length;
		expect(share((r) => r.age_band === null)).toBeGreaterThan(0.4);
		expect(share((r) => r.district === null)).toBeGreaterThan(0.3);
		expect(share((r) => /@example\.org|Tel\. \d/.test(r.text))).toBeGreaterThan(0.01);
		expect(share((r) => r.table_id !== null)).toBeGreaterThan(0);
	});

	it('writes texts of 5 to about 400 words, in Polish with and without diacritics', async () => {
		const rows = await comments();
		const words = rows.map((r) => r.text.split(/\s+/).length);

		expect(Math.min(...words)).toBeGreaterThanOrEqual(5);
		expect(Math.max(...words)).toBeLessThanOrEqual(460);
		expect(Math.max(...words)).toBeGreaterThan(200);
		expect(rows.some((r) => /[ąęłśżź]/.test(r.text))).toBe(true);
		expect(rows.some((r) => /wiecej|mieszkancow|sasiedzk/.test(r.text))).toBe(true);
	});

	it('codes with at most three areas, answers some, and fills the search index', async () => {
		const perOpinion = await db
			.selectFrom('comment_areas')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.groupBy('comment_id')
			.execute();
		const responses = await db
			.selectFrom('comment_responses')
			.select('status')
			.distinct()
			.execute();
		const matches = await sql<{ rowid: number }>`
			select rowid from comments_fts where comments_fts match 'lawek'`.execute(db);

		expect(perOpinion.length).toBeGreaterThan(COUNT / 4);
		expect(Math.max(...perOpinion.map((r) => Number(r.n)))).toBeLessThanOrEqual(3);
		expect(
			await db.selectFrom('comment_themes').select('comment_id').limit(1).execute()
		).toHaveLength(1);
		expect(responses.length).toBeGreaterThanOrEqual(4);
		expect(matches.rows.length).toBeGreaterThan(0);
		expect(matches.rows.every((r) => seeded.ids.includes(r.rowid))).toBe(true);
	});

	it('generates the same rows for the same seed, other rows for another', () => {
		const again = generateOpinions(200, seeded.context);

		expect(again).toEqual(generateOpinions(200, seeded.context));
		expect(generateOpinions(200, { ...seeded.context, seed: 8 })).not.toEqual(again);
	});
});
