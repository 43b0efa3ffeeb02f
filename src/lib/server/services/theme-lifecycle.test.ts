import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { codingsOf } from '../repositories/coding';
import { findTheme } from '../repositories/codebook';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion, versionOf } from '../testing/coding';
import { makeConsultation, unwrap } from '../testing/factories';
import { saveTheme } from './codebook';
import { codeOpinion } from './coding';
import { respondToTheme } from './responses';
import * as sut from './theme-lifecycle';

describe('theme lifecycle', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	const codeWith = async (themeIds: number[]) => {
		const id = await makeOpinion(db, book.consultation.id);
		unwrap(
			await codeOpinion(db, book.analyst.id, book.consultation.id, id, {
				areaIds: [],
				themeIds,
				expectedVersion: 0
			})
		);
		return id;
	};

	describe('mergeThemes', () => {
		it('moves every coding to the kept theme, once, and retires the merged one', async () => {
			const { picnics, greenery } = book.themes;
			const onlyPicnics = await codeWith([picnics]);
			const both = await codeWith([picnics, greenery]);

			const result = await sut.mergeThemes(
				db,
				book.analyst.id,
				book.consultation.id,
				picnics,
				greenery
			);

			expect(result).toEqual({ ok: true, affected: 2 });
			const codings = await codingsOf(db, [onlyPicnics, both]);
			expect(codings.get(onlyPicnics)?.themeIds).toEqual([greenery]);
			expect(codings.get(both)?.themeIds).toEqual([greenery]);
			const merged = await findTheme(db, book.consultation.id, picnics);
			expect(merged).toMatchObject({ merged_into_id: greenery });
			expect(merged?.retired_at).not.toBeNull();
			expect((await versionOf(db, both)).version).toBe(2);
			const entries = await listAudit(db, 'theme', picnics);
			expect(entries.map((e) => e.action)).toEqual(['theme.create', 'theme.merge']);
		});

		it("gives the moved opinions the kept theme's response", async () => {
			const { picnics, greenery } = book.themes;
			const id = await codeWith([picnics]);
			unwrap(
				await respondToTheme(db, book.analyst.id, book.consultation.id, greenery, {
					status: 'explanation',
					justification: 'Zieleń należy do dzielnic.'
				})
			);

			unwrap(await sut.mergeThemes(db, book.analyst.id, book.consultation.id, picnics, greenery));

			const response = await db
				.selectFrom('comment_responses')
				.select(['status', 'from_theme_id'])
				.where('comment_id', '=', id)
				.executeTakeFirst();
			expect(response).toEqual({ status: 'explanation', from_theme_id: greenery });
		});

		it.each([
			['into itself', 'same', 'same_theme'],
			['into a theme of another consultation', 'foreign', 'not_found'],
			['into a retired theme', 'retired', 'retired']
		] as const)('refuses a merge %s', async (_, target, reason) => {
			const other = await makeConsultation(db);
			const foreign = unwrap(
				await saveTheme(db, other.id, null, { name: 'Obca', description: '', area_id: null }, null)
			).id;
			unwrap(
				await sut.retireTheme(db, book.analyst.id, book.consultation.id, book.themes.seniors, true)
			);
			const into = { same: book.themes.picnics, foreign, retired: book.themes.seniors }[target];

			expect(
				await sut.mergeThemes(db, book.analyst.id, book.consultation.id, book.themes.picnics, into)
			).toEqual({ ok: false, reason });
		});
	});

	describe('retireTheme', () => {
		it('keeps the codings of a retired theme and can reinstate it', async () => {
			const id = await codeWith([book.themes.seniors]);

			expect(
				await sut.retireTheme(db, book.analyst.id, book.consultation.id, book.themes.seniors, true)
			).toEqual({ ok: true, affected: 1 });
			expect((await codingsOf(db, [id])).get(id)?.themeIds).toEqual([book.themes.seniors]);
			expect(
				await sut.retireTheme(db, book.analyst.id, book.consultation.id, book.themes.seniors, true)
			).toEqual({ ok: false, reason: 'retired' });
			expect(
				await sut.retireTheme(db, book.analyst.id, book.consultation.id, book.themes.seniors, false)
			).toEqual({ ok: true, affected: 1 });
			expect(
				(await findTheme(db, book.consultation.id, book.themes.seniors))?.retired_at
			).toBeNull();
		});

		it('does not reinstate a merged theme', async () => {
			unwrap(
				await sut.mergeThemes(
					db,
					book.analyst.id,
					book.consultation.id,
					book.themes.picnics,
					book.themes.greenery
				)
			);

			expect(
				await sut.retireTheme(db, book.analyst.id, book.consultation.id, book.themes.picnics, false)
			).toEqual({ ok: false, reason: 'merged' });
		});
	});
});
