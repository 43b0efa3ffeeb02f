import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { parseInboxQuery } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { migrator } from '../db/migrator';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { unwrap } from '../testing/factories';
import { codeOpinion } from './coding';
import { clearOpinionResponse, respondToOpinion, respondToTheme } from './responses';
import * as sut from './inbox';

// „No area”, „no theme” and the response filters read counts that triggers keep on the row.
describe('the inbox filters on coding and responses', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	let id: number;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
		id = await makeOpinion(db, book.consultation.id, { text: 'do zakodowania' });
		await makeOpinion(db, book.consultation.id, { text: 'inna' });
	});
	afterEach(async () => db.destroy());

	const texts = async (params: Record<string, string>) =>
		(
			await sut.loadInbox(db, book.consultation.id, parseInboxQuery(new URLSearchParams(params))!)
		).rows.map((r) => r.text);
	const code = (areaIds: number[], themeIds: number[], expectedVersion: number) =>
		codeOpinion(db, book.analyst.id, book.consultation.id, id, {
			areaIds,
			themeIds,
			expectedVersion
		});

	it('follow coding and recoding', async () => {
		unwrap(await code([book.areas[0].id, book.areas[1].id], [book.themes.picnics], 0));
		expect(await texts({ area: 'none' })).toEqual(['inna']);
		expect(await texts({ theme: 'none' })).toEqual(['inna']);

		unwrap(await code([book.areas[1].id], [], 1));
		expect(await texts({ area: 'none' })).toEqual(['inna']);
		expect((await texts({ theme: 'none' })).sort()).toEqual(['do zakodowania', 'inna']);

		unwrap(await code([], [], 2));
		expect((await texts({ area: 'none' })).sort()).toEqual(['do zakodowania', 'inna']);
	});

	it('follow an opinion’s own response, a theme’s response and their removal', async () => {
		unwrap(
			await respondToOpinion(db, book.analyst.id, book.consultation.id, id, {
				status: 'accepted'
			})
		);
		expect(await texts({ response: 'yes' })).toEqual(['do zakodowania']);
		expect(await texts({ response: 'no' })).toEqual(['inna']);
		const facets = await sut.inboxFacets(
			db,
			book.consultation.id,
			parseInboxQuery(new URLSearchParams())!
		);
		expect(facets.response).toEqual({ yes: 1, no: 1 });

		await clearOpinionResponse(db, book.analyst.id, book.consultation.id, id);
		expect(await texts({ response: 'yes' })).toEqual([]);

		unwrap(await code([], [book.themes.picnics], 0));
		unwrap(
			await respondToTheme(db, book.analyst.id, book.consultation.id, book.themes.picnics, {
				status: 'rejected',
				justification: 'Poza zakresem programu.'
			})
		);
		expect(await texts({ response: 'yes' })).toEqual(['do zakodowania']);
	});
});

describe('the inbox search migration', () => {
	it('counts the codings and responses of opinions stored before it', async () => {
		const db = await createTestDb();
		const book = await makeCodebook(db);
		const coded = await makeOpinion(db, book.consultation.id);
		const plain = await makeOpinion(db, book.consultation.id);
		unwrap(
			await codeOpinion(db, book.analyst.id, book.consultation.id, coded, {
				areaIds: [book.areas[0].id, book.areas[1].id],
				themeIds: [book.themes.picnics],
				expectedVersion: 0
			})
		);
		unwrap(
			await respondToOpinion(db, book.analyst.id, book.consultation.id, coded, {
				status: 'accepted'
			})
		);
		const counts = () =>
			db
				.selectFrom('comments')
				.select(['id', 'area_count', 'theme_count', 'responded'])
				.orderBy('id')
				.execute();
		const before = await counts();

		expect((await migrator(db).migrateTo('2026-11-25T12-00_report_index')).error).toBeUndefined();
		expect((await migrator(db).migrateToLatest()).error).toBeUndefined();

		expect(await counts()).toEqual(before);
		expect(before).toEqual([
			{ id: coded, area_count: 2, theme_count: 1, responded: 1 },
			{ id: plain, area_count: 0, theme_count: 0, responded: 0 }
		]);
		const found = await sql<{
			id: number;
		}>`select rowid as id from comments_fts where comments_fts match '"l"*'`.execute(db);
		expect(found.rows.map((r) => r.id)).toEqual([coded, plain]);
		await db.destroy();
	});
});
