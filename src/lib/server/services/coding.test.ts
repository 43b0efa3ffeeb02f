import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { codingsOf } from '../repositories/coding';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion, versionOf } from '../testing/coding';
import { makeArea, makeConsultation, unwrap } from '../testing/factories';
import { respondToTheme } from './responses';
import { retireTheme } from './theme-lifecycle';
import * as sut from './coding';

describe('coding service', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	const code = (
		commentId: number,
		areaIds: number[],
		themeIds: number[] = [],
		expectedVersion = 0
	) =>
		sut.codeOpinion(db, book.analyst.id, book.consultation.id, commentId, {
			areaIds,
			themeIds,
			expectedVersion
		});

	describe('codeOpinion', () => {
		it('stores areas and themes, marks the opinion coded and logs before and after', async () => {
			const id = await makeOpinion(db, book.consultation.id);
			const [first, second] = book.areas;

			const result = unwrap(await code(id, [second.id, first.id], [book.themes.greenery]));

			expect(result).toEqual({
				ok: true,
				version: 1,
				coding: { areaIds: [first.id, second.id], themeIds: [book.themes.greenery] }
			});
			expect((await codingsOf(db, [id])).get(id)).toEqual(result.coding);
			expect(await versionOf(db, id)).toEqual({ version: 1, status: 'coded' });
			const entry = (await listAudit(db, 'comment', id))[0]!;
			expect(entry.action).toBe('comment.code');
			expect(JSON.parse(entry.before_json!)).toEqual({ areaIds: [], themeIds: [] });
			expect(JSON.parse(entry.after_json!)).toEqual(result.coding);
		});

		it('accepts zero areas: the analyst decided the opinion fits none', async () => {
			const id = await makeOpinion(db, book.consultation.id);

			unwrap(await code(id, []));

			expect(await versionOf(db, id)).toEqual({ version: 1, status: 'coded' });
		});

		it('refuses a save made over a newer change and keeps the earlier coding', async () => {
			const id = await makeOpinion(db, book.consultation.id);
			unwrap(await code(id, [book.areas[0].id], [], 0));

			const late = await code(id, [book.areas[2].id], [], 0);

			expect(late).toEqual({
				ok: false,
				reason: 'conflict',
				version: 1,
				coding: { areaIds: [book.areas[0].id], themeIds: [] }
			});
			expect((await codingsOf(db, [id])).get(id)?.areaIds).toEqual([book.areas[0].id]);
		});

		it.each([
			['an area of another consultation', 'unknown_area'],
			['a fourth area', 'too_many_areas']
		] as const)('refuses %s', async (_, reason) => {
			const other = await makeConsultation(db);
			const foreign = await makeArea(db, other.id);
			const fourth = await makeArea(db, book.consultation.id, { code: 4 });
			const ids = book.areas.map((a) => a.id);
			const id = await makeOpinion(db, book.consultation.id);

			const result = await code(id, reason === 'unknown_area' ? [foreign.id] : [...ids, fourth.id]);

			expect(result).toEqual({ ok: false, reason });
			expect(await versionOf(db, id)).toEqual({ version: 0, status: 'received' });
		});

		it('refuses an opinion of another consultation as not found', async () => {
			const other = await makeConsultation(db);
			const id = await makeOpinion(db, other.id);

			expect(await code(id, [book.areas[0].id])).toEqual({ ok: false, reason: 'not_found' });
		});

		it('refuses a newly given retired theme but lets an opinion keep one it had', async () => {
			const id = await makeOpinion(db, book.consultation.id);
			unwrap(await code(id, [], [book.themes.seniors]));
			unwrap(
				await retireTheme(db, book.analyst.id, book.consultation.id, book.themes.seniors, true)
			);
			const fresh = await makeOpinion(db, book.consultation.id);

			expect(await code(fresh, [], [book.themes.seniors])).toEqual({
				ok: false,
				reason: 'retired_theme'
			});
			expect(await code(id, [book.areas[1].id], [book.themes.seniors], 1)).toMatchObject({
				ok: true
			});
		});

		it('refuses to code an excluded opinion', async () => {
			const id = await makeOpinion(db, book.consultation.id, {
				status: 'excluded',
				excluded_reason: 'spam'
			});

			expect(await code(id, [book.areas[0].id])).toEqual({ ok: false, reason: 'excluded' });
		});
	});

	it("gives an opinion coded with an answered theme that theme's response, and takes it back", async () => {
		const id = await makeOpinion(db, book.consultation.id);
		unwrap(
			await respondToTheme(db, book.analyst.id, book.consultation.id, book.themes.greenery, {
				status: 'accepted',
				justification: ''
			})
		);
		const response = () =>
			db
				.selectFrom('comment_responses')
				.select(['status', 'from_theme_id'])
				.where('comment_id', '=', id)
				.executeTakeFirst();

		unwrap(await code(id, [], [book.themes.greenery]));
		expect(await response()).toEqual({ status: 'accepted', from_theme_id: book.themes.greenery });

		unwrap(await code(id, [], [], 1));
		expect(await response()).toBeUndefined();
	});

	describe('codeOpinions (bulk)', () => {
		it('adds and removes codes on each opinion, keeping what the change does not name', async () => {
			const [{ id: a1 }, { id: a2 }, { id: a3 }] = book.areas;
			const first = await makeOpinion(db, book.consultation.id);
			const second = await makeOpinion(db, book.consultation.id);
			unwrap(await code(first, [a1, a3]));

			const result = await sut.codeOpinions(
				db,
				book.analyst.id,
				book.consultation.id,
				[first, second],
				{
					add: { areaIds: [a2], themeIds: [book.themes.picnics] },
					remove: { areaIds: [a3], themeIds: [] }
				}
			);

			expect(result).toEqual({ ok: true, changed: 2, skipped: [] });
			const codings = await codingsOf(db, [first, second]);
			expect(codings.get(first)).toEqual({ areaIds: [a1, a2], themeIds: [book.themes.picnics] });
			expect(codings.get(second)).toEqual({ areaIds: [a2], themeIds: [book.themes.picnics] });
			expect(await listAudit(db, 'comment', second)).toHaveLength(1);
		});

		it('skips an opinion the change would give a fourth area, and says so', async () => {
			const fourth = await makeArea(db, book.consultation.id, { code: 4 });
			const full = await makeOpinion(db, book.consultation.id);
			unwrap(
				await code(
					full,
					book.areas.map((a) => a.id)
				)
			);
			const empty = await makeOpinion(db, book.consultation.id);

			const result = await sut.codeOpinions(
				db,
				book.analyst.id,
				book.consultation.id,
				[full, empty],
				{
					add: { areaIds: [fourth.id], themeIds: [] },
					remove: { areaIds: [], themeIds: [] }
				}
			);

			expect(result).toEqual({
				ok: true,
				changed: 1,
				skipped: [{ id: full, reason: 'too_many_areas' }]
			});
		});

		it('refuses the whole selection when one opinion belongs elsewhere, changing nothing', async () => {
			const mine = await makeOpinion(db, book.consultation.id);
			const foreign = await makeOpinion(db, (await makeConsultation(db)).id);

			const result = await sut.codeOpinions(
				db,
				book.analyst.id,
				book.consultation.id,
				[mine, foreign],
				{
					add: { areaIds: [book.areas[0].id], themeIds: [] },
					remove: { areaIds: [], themeIds: [] }
				}
			);

			expect(result).toEqual({ ok: false, reason: 'not_found' });
			expect(await versionOf(db, mine)).toEqual({ version: 0, status: 'received' });
		});
	});
});
