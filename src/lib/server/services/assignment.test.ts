import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { makeConsultation, makeUser, unwrap } from '../testing/factories';
import { codeOpinion } from './coding';
import { excludeOpinions } from './moderation';
import * as sut from './assignment';

describe('assignment and progress', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	const assignees = async () =>
		(await db.selectFrom('comments').select(['id', 'assigned_to']).orderBy('id').execute()).map(
			(r) => r.assigned_to
		);

	it('gives the next waiting opinions nobody has, oldest first, in batches', async () => {
		const other = await makeUser(db, 'analyst');
		for (let i = 0; i < 5; i++) {
			await makeOpinion(db, book.consultation.id, {
				received_at: `2026-06-0${i + 1}T10:00:00.000Z`
			});
		}

		expect(
			await sut.assignBatch(db, book.analyst.id, book.consultation.id, book.analyst.id, 2)
		).toEqual({ ok: true, assigned: 2 });
		expect(await sut.assignBatch(db, book.analyst.id, book.consultation.id, other.id, 10)).toEqual({
			ok: true,
			assigned: 3
		});
		expect(await sut.assignBatch(db, book.analyst.id, book.consultation.id, other.id, 10)).toEqual({
			ok: true,
			assigned: 0
		});

		expect(await assignees()).toEqual([
			book.analyst.id,
			book.analyst.id,
			other.id,
			other.id,
			other.id
		]);
	});

	it('refuses a facilitator as assignee and opinions of another consultation', async () => {
		const facilitator = await makeUser(db, 'facilitator');
		const mine = await makeOpinion(db, book.consultation.id);
		const foreign = await makeOpinion(db, (await makeConsultation(db)).id);

		expect(
			await sut.assignOpinions(db, book.analyst.id, book.consultation.id, [mine], facilitator.id)
		).toEqual({ ok: false, reason: 'not_a_coder' });
		expect(
			await sut.assignOpinions(
				db,
				book.analyst.id,
				book.consultation.id,
				[mine, foreign],
				book.analyst.id
			)
		).toEqual({ ok: false, reason: 'not_found' });
		expect(await assignees()).toEqual([null, null]);
	});

	it('reports what is coded, by whom, and what each assignee has left', async () => {
		const ids = [];
		for (let i = 0; i < 4; i++) ids.push(await makeOpinion(db, book.consultation.id));
		const [a, b, c] = ids as [number, number, number, number];
		unwrap(
			await sut.assignOpinions(db, book.analyst.id, book.consultation.id, ids, book.analyst.id)
		);
		unwrap(
			await codeOpinion(db, book.analyst.id, book.consultation.id, a, {
				areaIds: [],
				themeIds: [],
				expectedVersion: 0
			})
		);
		unwrap(
			await codeOpinion(db, book.analyst.id, book.consultation.id, b, {
				areaIds: [],
				themeIds: [],
				expectedVersion: 0
			})
		);
		unwrap(
			await excludeOpinions(db, book.analyst.id, book.consultation.id, [c], {
				reason: 'spam',
				duplicateOfId: null
			})
		);

		const progress = await sut.progress(db, book.consultation.id);
		const { display_name } = await db
			.selectFrom('users')
			.select('display_name')
			.where('id', '=', book.analyst.id)
			.executeTakeFirstOrThrow();

		expect(progress).toMatchObject({ coded: 2, waiting: 1, excluded: 1, split: 0, codable: 3 });
		expect(progress.byCoder).toEqual([{ id: book.analyst.id, display_name, n: 2 }]);
		expect(progress.byAssignee).toEqual([
			{ id: book.analyst.id, display_name, assigned: 4, left: 1 }
		]);
	});
});
