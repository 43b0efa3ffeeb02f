import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as sut from './outbox';
import type { KioskDb } from './store';
import { at, enrol, EVENT_ID, freshDb, opinionItem, queue } from './testing';

describe('outbox', () => {
	let db: KioskDb;
	beforeEach(async () => {
		db = await freshDb();
		await enrol(db);
	});
	afterEach(() => db.close());

	it('lists the oldest first even when the tablet clock jumps back', async () => {
		const items = [opinionItem(1), opinionItem(2), opinionItem(3)];
		await sut.enqueue(db, items[0]!, at(100));
		await sut.enqueue(db, items[1]!, at(5));
		await sut.enqueue(db, items[2]!, at(50));

		expect((await sut.oldest(db, 10)).map((e) => e.item)).toEqual(items);
		expect((await sut.oldest(db, 2)).map((e) => e.item)).toEqual(items.slice(0, 2));
	});

	it('stamps each opinion with the enrolled event and when it was queued', async () => {
		const [item] = await queue(db, 1);
		expect(await sut.oldest(db, 1)).toEqual([
			{ uuid: item!.uuid, seq: 1, eventId: EVENT_ID, queuedAt: at(0).toISOString(), item }
		]);
	});

	it('refuses to queue on a tablet that is not enrolled', async () => {
		const bare = await freshDb();
		await expect(sut.enqueue(bare, opinionItem(1), at(0))).rejects.toThrow(/not enrolled/);
		expect(await sut.countPending(bare)).toBe(0);
		bare.close();
	});

	it('never queues one UUID twice', async () => {
		const [item] = await queue(db, 1);
		await expect(sut.enqueue(db, item!, at(1))).rejects.toThrow();
		expect(await sut.countPending(db)).toBe(1);
	});

	it('removes opinions by UUID and keeps the rest in order', async () => {
		const items = await queue(db, 4);
		await sut.remove(db, [items[0]!.uuid, items[2]!.uuid]);

		expect(await sut.countPending(db)).toBe(2);
		expect((await sut.oldest(db, 10)).map((e) => e.uuid)).toEqual([items[1]!.uuid, items[3]!.uuid]);
	});

	it('sets refused opinions aside with their errors', async () => {
		const items = await queue(db, 3);
		const errors = [{ field: 'text', code: 'too_long', limit: 2000 }];
		await sut.setAside(db, [{ uuid: items[1]!.uuid, errors }], at(60));

		expect(await sut.countPending(db)).toBe(2);
		expect(await sut.countRejected(db)).toBe(1);
		expect(await sut.listRejected(db)).toEqual([
			{
				uuid: items[1]!.uuid,
				eventId: EVENT_ID,
				queuedAt: at(1).toISOString(),
				rejectedAt: at(60).toISOString(),
				item: items[1],
				errors
			}
		]);
	});

	it('ignores a UUID that already left the outbox', async () => {
		const [item] = await queue(db, 1);
		await sut.remove(db, [item!.uuid]);
		await sut.setAside(db, [{ uuid: item!.uuid, errors: [] }], at(1));
		expect(await sut.countRejected(db)).toBe(0);
	});
});
