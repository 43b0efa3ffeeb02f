import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { setUserActive } from '../repositories/users';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { codeBlind, makeSample, seededRandom } from '../testing/agreement';
import { countRows, makeArea, makeConsultation, makeUser, unwrap } from '../testing/factories';
import { retireTheme } from './theme-lifecycle';
import * as sut from './agreement';

describe('agreement service', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	describe('createSample', () => {
		let book: Awaited<ReturnType<typeof makeCodebook>>;
		let other: { id: number };
		beforeEach(async () => {
			book = await makeCodebook(db);
			other = await makeUser(db, 'admin');
		});
		const create = (request: Partial<sut.SampleRequest>, seed = 7) =>
			sut.createSample(
				db,
				book.analyst.id,
				book.consultation.id,
				{ name: 'Próba 10%', share: 10, coderIds: [book.analyst.id, other.id], ...request },
				{ random: seededRandom(seed), now: new Date('2026-11-24T10:00:00Z') }
			);

		it('draws the share of codable opinions only, the same for the same seed, and logs it', async () => {
			const codable: number[] = [];
			for (let i = 0; i < 20; i++) codable.push(await makeOpinion(db, book.consultation.id));
			await makeOpinion(db, book.consultation.id, { status: 'excluded', excluded_reason: 'spam' });
			await makeOpinion(db, book.consultation.id, { split_at: '2026-11-23T10:00:00Z' });
			await makeOpinion(db, (await makeConsultation(db)).id);

			const first = unwrap(await create({ share: 25 }));
			const again = unwrap(await create({ share: 25 }));

			expect(first.size).toBe(5);
			const items = await itemsOf(first.id);
			expect(items).toHaveLength(5);
			expect(items.every((id) => codable.includes(id))).toBe(true);
			expect(await itemsOf(again.id)).toEqual(items);
			const entry = (await listAudit(db, 'agreement_sample', first.id))[0]!;
			expect(entry.action).toBe('agreement.create');
			expect(JSON.parse(entry.after_json!)).toEqual({
				name: 'Próba 10%',
				coderIds: [book.analyst.id, other.id].sort((a, b) => a - b),
				commentIds: items
			});
		});

		it('takes at least one opinion, and a fixed size no larger than the pool', async () => {
			for (let i = 0; i < 3; i++) await makeOpinion(db, book.consultation.id);

			expect(unwrap(await create({ share: 1 })).size).toBe(1);
			expect(unwrap(await create({ size: 10 })).size).toBe(3);
		});

		it.each([
			['the same coder twice', { coderIds: [1, 1] }, 'too_few_coders'],
			['one coder', { coderIds: [1] }, 'too_few_coders'],
			['three coders', { coderIds: [1, 2, 3] }, 'too_many_coders'],
			['a share over 50%', { share: 51 }, 'invalid_size'],
			['a share of 0%', { share: 0 }, 'invalid_size'],
			['a size of 0', { size: 0 }, 'invalid_size']
		] as const)('refuses %s and stores nothing', async (_, request, reason) => {
			await makeOpinion(db, book.consultation.id);
			const ids = (request as { coderIds?: readonly number[] }).coderIds;
			const third = await makeUser(db, 'analyst');
			const real = [book.analyst.id, other.id, third.id];
			const coderIds = ids?.map((n) => real[n - 1]!);

			const result = await create({ ...request, ...(coderIds ? { coderIds } : {}) });

			expect(result).toEqual({ ok: false, reason });
			expect(await countRows(db, 'agreement_samples')).toBe(0);
		});

		it('refuses a facilitator or a deactivated analyst as a coder', async () => {
			await makeOpinion(db, book.consultation.id);
			const facilitator = await makeUser(db, 'facilitator');
			const gone = await makeUser(db, 'analyst');
			await setUserActive(db, gone.id, false, new Date());

			expect(await create({ coderIds: [book.analyst.id, facilitator.id] })).toEqual({
				ok: false,
				reason: 'invalid_coder'
			});
			expect(await create({ coderIds: [book.analyst.id, gone.id] })).toEqual({
				ok: false,
				reason: 'invalid_coder'
			});
		});

		it('refuses a consultation with nothing to code', async () => {
			await makeOpinion(db, book.consultation.id, { status: 'excluded', excluded_reason: 'spam' });

			expect(await create({})).toEqual({ ok: false, reason: 'empty_pool' });
		});

		async function itemsOf(sampleId: number) {
			const rows = await db
				.selectFrom('agreement_items')
				.select('comment_id')
				.where('sample_id', '=', sampleId)
				.orderBy('comment_id')
				.execute();
			return rows.map((r) => r.comment_id);
		}
	});

	describe('listSampleSummaries and listCoderCandidates', () => {
		it('lists samples with each coder’s progress, and only active analysts and admins as coders', async () => {
			const s = await makeSample(db, 3);
			const [first, second] = s.coders;
			await codeBlind(db, s.sampleId, first.id, s.commentIds[0]!, []);
			await codeBlind(db, s.sampleId, first.id, s.commentIds[1]!, []);
			const facilitator = await makeUser(db, 'facilitator');

			const [summary] = await sut.listSampleSummaries(db, s.consultation.id);

			expect(summary).toMatchObject({ id: s.sampleId, name: 'Próba', total: 3, adjudicated: 0 });
			expect(summary?.coders.map((c) => [c.userId, c.coded])).toEqual([
				[first.id, 2],
				[second.id, 0]
			]);
			const candidates = (await sut.listCoderCandidates(db)).map((c) => c.id);
			expect(candidates).toEqual(expect.arrayContaining([first.id, second.id]));
			expect(candidates).not.toContain(facilitator.id);
		});
	});

	describe('drawSample', () => {
		it('returns distinct ids of the pool, sorted', () => {
			const pool = Array.from({ length: 50 }, (_, i) => i + 100);

			const drawn = sut.drawSample(pool, 10, seededRandom(1));

			expect(drawn).toHaveLength(10);
			expect(new Set(drawn).size).toBe(10);
			expect(drawn.every((id) => pool.includes(id))).toBe(true);
			expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
			expect(sut.drawSample(pool, 10, seededRandom(2))).not.toEqual(drawn);
		});
	});

	describe('blind coding', () => {
		it('shows a coder only the texts they have not coded, never anyone’s codes', async () => {
			const s = await makeSample(db, 3);
			const [a, b] = s.coders;
			await codeBlind(db, s.sampleId, b.id, s.commentIds[0]!, [s.areas[0].id]);
			await codeBlind(db, s.sampleId, a.id, s.commentIds[1]!, [s.areas[1].id]);

			const queue = unwrap(await sut.blindQueue(db, s.sampleId, a.id));

			expect(queue).toEqual({
				ok: true,
				total: 3,
				items: [
					{ commentId: s.commentIds[0]!, text: 'Opinia 1' },
					{ commentId: s.commentIds[2]!, text: 'Opinia 3' }
				]
			});
		});

		it('replaces a coder’s earlier coding of the same item', async () => {
			const s = await makeSample(db, 1);
			const [a] = s.coders;
			await codeBlind(db, s.sampleId, a.id, s.commentIds[0]!, [s.areas[0].id]);

			await codeBlind(
				db,
				s.sampleId,
				a.id,
				s.commentIds[0]!,
				[s.areas[2].id, s.areas[1].id],
				[s.themes.greenery]
			);

			const rows = await db.selectFrom('agreement_codings').selectAll().execute();
			expect(rows).toHaveLength(1);
			expect(JSON.parse(rows[0]!.area_ids)).toEqual([s.areas[1].id, s.areas[2].id]);
			expect(JSON.parse(rows[0]!.theme_ids)).toEqual([s.themes.greenery]);
		});

		it('refuses someone who is not a coder of the sample', async () => {
			const s = await makeSample(db, 1);
			const stranger = await makeUser(db, 'analyst');

			expect(await sut.blindQueue(db, s.sampleId, stranger.id)).toEqual({
				ok: false,
				reason: 'not_a_coder'
			});
			expect(
				await sut.saveBlindCoding(db, s.sampleId, s.commentIds[0]!, stranger.id, {
					areaIds: [],
					themeIds: []
				})
			).toEqual({ ok: false, reason: 'not_a_coder' });
			expect(await sut.blindQueue(db, s.sampleId + 1, stranger.id)).toEqual({
				ok: false,
				reason: 'not_found'
			});
		});

		it.each(['not_in_sample', 'unknown_area', 'too_many_areas', 'retired_theme'] as const)(
			'refuses %s and stores nothing',
			async (reason) => {
				const s = await makeSample(db, 1);
				const [a] = s.coders;
				const outside = await makeOpinion(db, s.consultation.id);
				const foreign = await makeArea(db, (await makeConsultation(db)).id);
				const fourth = await makeArea(db, s.consultation.id, { code: 4 });
				unwrap(await retireTheme(db, a.id, s.consultation.id, s.themes.seniors, true));
				const all = s.areas.map((x) => x.id);
				const cases = {
					not_in_sample: [outside, { areaIds: [], themeIds: [] }],
					unknown_area: [s.commentIds[0]!, { areaIds: [foreign.id], themeIds: [] }],
					too_many_areas: [s.commentIds[0]!, { areaIds: [...all, fourth.id], themeIds: [] }],
					retired_theme: [s.commentIds[0]!, { areaIds: [], themeIds: [s.themes.seniors] }]
				} as const;
				const [commentId, coding] = cases[reason];

				const result = await sut.saveBlindCoding(db, s.sampleId, commentId, a.id, {
					areaIds: [...coding.areaIds],
					themeIds: [...coding.themeIds]
				});

				expect(result).toEqual({ ok: false, reason });
				expect(await countRows(db, 'agreement_codings')).toBe(0);
			}
		);
	});
});
