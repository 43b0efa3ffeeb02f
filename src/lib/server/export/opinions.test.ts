import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { makeOpinion } from '../testing/coding';
import { createTestDb } from '../testing/db';
import { makeConsultation } from '../testing/factories';
import { exportOpinionSlices as sut } from './opinions';

let db: Database;

beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

describe('exportOpinionSlices', () => {
	it('reads every opinion once, in arrival order, across slices and equal arrival times', async () => {
		const { id } = await makeConsultation(db);
		const other = await makeConsultation(db);
		await makeOpinion(db, other.id);
		const at = ['2018-05-29T15:00:00.000Z', '2018-05-29T15:00:00.000Z', '2018-05-29T14:00:00.000Z'];
		const ids: number[] = [];
		for (const time of [...at, ...at]) ids.push(await makeOpinion(db, id, { received_at: time }));

		const slices: number[][] = [];
		for await (const slice of sut(db, id, 2)) slices.push(slice.map((o) => o.id));

		expect(slices.map((s) => s.length)).toEqual([2, 2, 2]);
		expect(slices.flat()).toEqual([ids[2], ids[5], ids[0], ids[1], ids[3], ids[4]]);
	});

	it('yields nothing for a consultation without opinions', async () => {
		const { id } = await makeConsultation(db);
		const slices = [];
		for await (const slice of sut(db, id)) slices.push(slice);

		expect(slices).toEqual([]);
	});
});
