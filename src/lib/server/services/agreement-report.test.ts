import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { codingsOf } from '../repositories/coding';
import { findUserById } from '../repositories/users';
import { createTestDb } from '../testing/db';
import { makeOpinion, versionOf } from '../testing/coding';
import { codeBlind, makeSample } from '../testing/agreement';
import { makeArea, makeUser, unwrap } from '../testing/factories';
import { mergedThemeResolver } from './agreement-report';
import { mergeThemes } from './theme-lifecycle';
import * as sut from './agreement';

describe('agreement report and adjudication', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	describe('agreementReport', () => {
		it('says so when fewer than two coders have coded anything', async () => {
			const s = await makeSample(db, 2);
			await codeBlind(db, s.sampleId, s.coders[0].id, s.commentIds[0]!, [s.areas[0].id]);

			expect(await sut.agreementReport(db, s.sampleId)).toMatchObject({
				ok: false,
				reason: 'too_few_coders',
				total: 2,
				coders: [
					{ userId: s.coders[0].id, coded: 1 },
					{ userId: s.coders[1].id, coded: 0 }
				]
			});
		});

		it('says so when no item was coded by both', async () => {
			const s = await makeSample(db, 2);
			await codeBlind(db, s.sampleId, s.coders[0].id, s.commentIds[0]!, [s.areas[0].id]);
			await codeBlind(db, s.sampleId, s.coders[1].id, s.commentIds[1]!, [s.areas[0].id]);

			expect(await sut.agreementReport(db, s.sampleId)).toMatchObject({
				ok: false,
				reason: 'no_overlap'
			});
		});

		it('computes κ per area and theme on items both finished and lists the disagreements', async () => {
			const s = await makeSample(db, 5);
			const [a1, a2, a3] = s.areas.map((x) => x.id) as [number, number, number];
			const [first, second] = s.coders;
			const code = (coder: { id: number }, item: number, areas: number[], themes: number[] = []) =>
				codeBlind(db, s.sampleId, coder.id, s.commentIds[item]!, areas, themes);
			// Area 2: first yes on items 2 and 3, second only on 3 → p_o 3/4, p_e 0.5, κ 0.5.
			await code(first, 0, [a1], [s.themes.picnics]);
			await code(second, 0, [a1], [s.themes.greenery]);
			await code(first, 1, [a1, a2]);
			await code(second, 1, [a1]);
			await code(first, 2, [a2]);
			await code(second, 2, [a2]);
			await code(first, 3, []);
			await code(second, 3, [a3]);
			await code(first, 4, [a3]);
			// The first coder's "picnics" now counts as "greenery", the theme it was merged into.
			unwrap(
				await mergeThemes(db, first.id, s.consultation.id, s.themes.picnics, s.themes.greenery)
			);

			const report = unwrap(await sut.agreementReport(db, s.sampleId));

			expect(report.total).toBe(5);
			expect(report.overlap).toBe(4);
			expect(report.coders.map((c) => c.coded)).toEqual([5, 4]);
			const byArea = Object.fromEntries(report.areas.map((x) => [x.id, x]));
			expect(byArea[a1]).toMatchObject({ result: { kappa: 1, n: 4 }, band: 'almost_perfect' });
			expect(byArea[a2]).toMatchObject({
				given: [2, 1],
				result: { kappa: 0.5, observed: 0.75, expected: 0.5 },
				band: 'moderate'
			});
			expect(byArea[a3]).toMatchObject({ result: { kappa: 0, observed: 0.75 }, band: 'slight' });
			const themeIds = report.themes.map((t) => t.id);
			expect(themeIds).not.toContain(s.themes.picnics);
			expect(report.themes.find((t) => t.id === s.themes.greenery)).toMatchObject({
				given: [1, 1],
				result: { kappa: 1 }
			});
			expect(report.themes.find((t) => t.id === s.themes.seniors)).toMatchObject({
				result: { kappa: null, reason: 'no_variation' },
				band: null
			});
			expect(report.disagreements).toEqual([
				{
					commentId: s.commentIds[1]!,
					text: 'Opinia 2',
					codings: [
						{ areaIds: [a1, a2], themeIds: [] },
						{ areaIds: [a1], themeIds: [] }
					],
					adjudicated: null
				},
				expect.objectContaining({ commentId: s.commentIds[3]! })
			]);
		});

		it('follows a chain of merges to the theme that is left', () => {
			const resolve = mergedThemeResolver([
				{ id: 1, merged_into_id: 2 },
				{ id: 2, merged_into_id: 3 },
				{ id: 3, merged_into_id: null },
				{ id: 4, merged_into_id: 5 },
				{ id: 5, merged_into_id: 4 }
			]);

			expect([1, 2, 3].map(resolve)).toEqual([3, 3, 3]);
			expect([4, 5].map(resolve)).toEqual([4, 5]);
		});

		it('reports a sample that does not exist as not found', async () => {
			expect(await sut.agreementReport(db, 999)).toMatchObject({ ok: false, reason: 'not_found' });
		});
	});

	describe('adjudicate', () => {
		it('writes the final coding through the coding rules and marks the item decided', async () => {
			const s = await makeSample(db, 2);
			const [first, second] = s.coders;
			const item = s.commentIds[0]!;
			await codeBlind(db, s.sampleId, first.id, item, [s.areas[0].id]);
			await codeBlind(db, s.sampleId, second.id, item, [s.areas[1].id]);
			const admin = await makeUser(db, 'admin');
			const final = { areaIds: [s.areas[1].id], themeIds: [s.themes.greenery] };

			const at = new Date('2026-11-24T12:00:00Z');

			const result = await sut.adjudicate(db, admin.id, s.sampleId, item, final, at);

			expect(result).toEqual({ ok: true, version: 1, coding: final });
			expect((await codingsOf(db, [item])).get(item)).toEqual(final);
			expect(await versionOf(db, item)).toEqual({ version: 1, status: 'coded' });
			const report = unwrap(await sut.agreementReport(db, s.sampleId));
			expect(report.disagreements[0]?.adjudicated).toEqual({
				by: (await findUserById(db, admin.id))?.display_name,
				at: at.toISOString()
			});
			const audit = await listAudit(db, 'agreement_sample', s.sampleId);
			expect(audit.map((e) => e.action)).toEqual(['agreement.create', 'agreement.adjudicate']);
			expect((await listAudit(db, 'comment', item)).map((e) => e.action)).toEqual(['comment.code']);
		});

		it('refuses an opinion that is not in the sample', async () => {
			const s = await makeSample(db, 1);
			const outside = await makeOpinion(db, s.consultation.id);

			const result = await sut.adjudicate(db, s.analyst.id, s.sampleId, outside, {
				areaIds: [s.areas[0].id],
				themeIds: []
			});

			expect(result).toEqual({ ok: false, reason: 'not_in_sample' });
			expect(await versionOf(db, outside)).toEqual({ version: 0, status: 'received' });
		});

		it('passes on a coding refusal and leaves the item undecided', async () => {
			const s = await makeSample(db, 1);
			const item = s.commentIds[0]!;
			const areaIds = [...s.areas.map((x) => x.id), (await makeArea(db, s.consultation.id)).id];

			const result = await sut.adjudicate(db, s.analyst.id, s.sampleId, item, {
				areaIds,
				themeIds: []
			});

			expect(result).toEqual({ ok: false, reason: 'too_many_areas' });
			const row = await db.selectFrom('agreement_items').selectAll().executeTakeFirstOrThrow();
			expect(row.adjudicated_at).toBeNull();
		});
	});
});
