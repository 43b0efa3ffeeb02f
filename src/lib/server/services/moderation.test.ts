import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { listUnits } from '../repositories/moderation';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion, versionOf } from '../testing/coding';
import { makeConsultation, unwrap } from '../testing/factories';
import { codeOpinion } from './coding';
import * as sut from './moderation';

describe('moderation service', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	const exclude = (
		ids: number[],
		reason: 'spam' | 'duplicate',
		duplicateOfId: number | null = null
	) =>
		sut.excludeOpinions(db, book.analyst.id, book.consultation.id, ids, { reason, duplicateOfId });

	const row = (id: number) =>
		db
			.selectFrom('comments')
			.select(['status', 'excluded_reason', 'duplicate_of_id', 'split_at', 'text'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();

	describe('excludeOpinions', () => {
		it('keeps the opinion, marks it excluded with its reason and logs it', async () => {
			const id = await makeOpinion(db, book.consultation.id, { text: 'Kup tanie zegarki!!!' });

			expect(await exclude([id], 'spam')).toEqual({ ok: true, changed: 1 });

			expect(await row(id)).toMatchObject({
				status: 'excluded',
				excluded_reason: 'spam',
				text: 'Kup tanie zegarki!!!'
			});
			const entry = (await listAudit(db, 'comment', id))[0]!;
			expect(entry.action).toBe('comment.exclude');
		});

		it('records which opinion a duplicate repeats', async () => {
			const original = await makeOpinion(db, book.consultation.id);
			const copy = await makeOpinion(db, book.consultation.id);

			unwrap(await exclude([copy], 'duplicate', original));

			expect(await row(copy)).toMatchObject({
				excluded_reason: 'duplicate',
				duplicate_of_id: original
			});
		});

		it.each([
			['without the repeated opinion', null, 'duplicate_of_missing'],
			['as a duplicate of itself', 'self', 'duplicate_of_itself'],
			['as a duplicate of an opinion of another consultation', 'foreign', 'duplicate_of_missing'],
			['as a duplicate of an excluded opinion', 'excluded', 'duplicate_of_excluded']
		] as const)('refuses a duplicate %s and changes nothing', async (_, target, reason) => {
			const copy = await makeOpinion(db, book.consultation.id);
			const targets = {
				self: copy,
				foreign: await makeOpinion(db, (await makeConsultation(db)).id),
				excluded: await makeOpinion(db, book.consultation.id, {
					status: 'excluded',
					excluded_reason: 'spam'
				})
			};

			const result = await exclude([copy], 'duplicate', target === null ? null : targets[target]);

			expect(result).toEqual({ ok: false, reason });
			expect((await row(copy)).status).toBe('received');
		});

		it('refuses a selection holding an opinion of another consultation', async () => {
			const mine = await makeOpinion(db, book.consultation.id);
			const foreign = await makeOpinion(db, (await makeConsultation(db)).id);

			expect(await exclude([mine, foreign], 'spam')).toEqual({ ok: false, reason: 'not_found' });
			expect((await row(mine)).status).toBe('received');
		});
	});

	describe('restoreOpinion', () => {
		it('brings a coded opinion back as coded, an uncoded one as waiting', async () => {
			const coded = await makeOpinion(db, book.consultation.id);
			unwrap(
				await codeOpinion(db, book.analyst.id, book.consultation.id, coded, {
					areaIds: [book.areas[0].id],
					themeIds: [],
					expectedVersion: 0
				})
			);
			const plain = await makeOpinion(db, book.consultation.id);
			unwrap(await exclude([coded, plain], 'spam'));

			unwrap(await sut.restoreOpinion(db, book.analyst.id, book.consultation.id, coded));
			unwrap(await sut.restoreOpinion(db, book.analyst.id, book.consultation.id, plain));

			expect(await row(coded)).toMatchObject({ status: 'coded', excluded_reason: null });
			expect(await row(plain)).toMatchObject({ status: 'received', excluded_reason: null });
		});

		it('refuses an opinion that is not excluded', async () => {
			const id = await makeOpinion(db, book.consultation.id);

			expect(await sut.restoreOpinion(db, book.analyst.id, book.consultation.id, id)).toEqual({
				ok: false,
				reason: 'not_excluded'
			});
		});
	});

	describe('splitOpinion', () => {
		const text = 'Więcej ławek na skwerze. A także festyn sąsiedzki raz w miesiącu.';

		it('makes units that inherit the provenance and keeps the original as written', async () => {
			const id = await makeOpinion(db, book.consultation.id, {
				text,
				district: 'wola',
				age_band: '60-74',
				channel: 'kiosk',
				receipt_code: 'ABCD-2345'
			});
			const units = ['Więcej ławek na skwerze.', 'Festyn sąsiedzki raz w miesiącu.'];

			const result = unwrap(
				await sut.splitOpinion(db, book.analyst.id, book.consultation.id, id, units, 0)
			);

			expect(await listUnits(db, id)).toEqual(
				units.map((t, i) => ({ id: result.unitIds[i], text: t, status: 'received', version: 0 }))
			);
			const unit = await db
				.selectFrom('comments')
				.selectAll()
				.where('id', '=', result.unitIds[0]!)
				.executeTakeFirstOrThrow();
			expect(unit).toMatchObject({
				channel: 'kiosk',
				district: 'wola',
				age_band: '60-74',
				parent_id: id,
				receipt_code: null
			});
			expect(await row(id)).toMatchObject({ text, status: 'received' });
			expect((await row(id)).split_at).not.toBeNull();
		});

		it('refuses to code the original once split, and to split it or a unit again', async () => {
			const id = await makeOpinion(db, book.consultation.id, { text });
			const { unitIds } = unwrap(
				await sut.splitOpinion(db, book.analyst.id, book.consultation.id, id, ['a', 'b'], 0)
			);

			expect(
				await codeOpinion(db, book.analyst.id, book.consultation.id, id, {
					areaIds: [],
					themeIds: [],
					expectedVersion: 1
				})
			).toEqual({ ok: false, reason: 'split' });
			expect(
				await sut.splitOpinion(db, book.analyst.id, book.consultation.id, id, ['c', 'd'], 1)
			).toEqual({ ok: false, reason: 'already_split' });
			expect(
				await sut.splitOpinion(
					db,
					book.analyst.id,
					book.consultation.id,
					unitIds[0]!,
					['c', 'd'],
					0
				)
			).toEqual({ ok: false, reason: 'already_split' });
		});

		it('refuses a split over a newer change', async () => {
			const id = await makeOpinion(db, book.consultation.id, { text });
			unwrap(
				await codeOpinion(db, book.analyst.id, book.consultation.id, id, {
					areaIds: [],
					themeIds: [],
					expectedVersion: 0
				})
			);

			expect(
				await sut.splitOpinion(db, book.analyst.id, book.consultation.id, id, ['a', 'b'], 0)
			).toEqual({ ok: false, reason: 'conflict' });
			expect(await listUnits(db, id)).toEqual([]);
		});

		it('joins uncoded units back, but not once a unit is coded', async () => {
			const id = await makeOpinion(db, book.consultation.id, { text });
			const { unitIds } = unwrap(
				await sut.splitOpinion(db, book.analyst.id, book.consultation.id, id, ['a', 'b'], 0)
			);
			unwrap(
				await codeOpinion(db, book.analyst.id, book.consultation.id, unitIds[0]!, {
					areaIds: [],
					themeIds: [],
					expectedVersion: 0
				})
			);

			expect(await sut.joinUnits(db, book.analyst.id, book.consultation.id, id)).toEqual({
				ok: false,
				reason: 'units_coded'
			});

			const other = await makeOpinion(db, book.consultation.id, { text });
			unwrap(
				await sut.splitOpinion(db, book.analyst.id, book.consultation.id, other, ['a', 'b'], 0)
			);
			expect(await sut.joinUnits(db, book.analyst.id, book.consultation.id, other)).toEqual({
				ok: true,
				changed: 2
			});
			expect(await listUnits(db, other)).toEqual([]);
			expect(await versionOf(db, other)).toMatchObject({ status: 'received' });
			expect((await row(other)).split_at).toBeNull();
		});
	});
});
