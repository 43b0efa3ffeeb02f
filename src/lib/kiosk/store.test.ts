import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { countPending, countRejected, oldest, setAside } from './outbox';
import { getMeta, openKioskDb, requestPersistence, setMeta, wipe } from './store';
import { at, enrol, freshDbName, queue } from './testing';

describe('kiosk store', () => {
	it('keeps queued opinions when the database is closed and opened again', async () => {
		const name = freshDbName();
		const db = await openKioskDb(name);
		await enrol(db);
		const items = await queue(db, 3);
		db.close();

		const reopened = await openKioskDb(name);
		expect((await oldest(reopened, 10)).map((e) => e.item)).toEqual(items);
		reopened.close();
	});

	it('wipes the outbox, the rejected opinions and every setting', async () => {
		const sut = await openKioskDb(freshDbName());
		await enrol(sut);
		const [first] = await queue(sut, 3);
		await setAside(
			sut,
			[{ uuid: first!.uuid, errors: [{ field: 'text', code: 'required' }] }],
			at(9)
		);
		await setMeta(sut, 'pinLock', { failures: 2, lockedAt: null });

		await wipe(sut);

		expect(await countPending(sut)).toBe(0);
		expect(await countRejected(sut)).toBe(0);
		expect(await sut.getAllKeys('meta')).toEqual([]);
		expect(await getMeta(sut, 'enrolment')).toBeUndefined();
		sut.close();
	});
});

describe('requestPersistence', () => {
	const storage = (persisted: boolean, granted: boolean) => ({
		persisted: vi.fn(() => Promise.resolve(persisted)),
		persist: vi.fn(() => Promise.resolve(granted))
	});

	it('reports a browser without the storage manager', async () => {
		expect(await requestPersistence(undefined)).toBe('unsupported');
	});

	it('does not ask again once storage is persistent', async () => {
		const sut = storage(true, false);
		expect(await requestPersistence(sut)).toBe('granted');
		expect(sut.persist).not.toHaveBeenCalled();
	});

	it.each([
		[true, 'granted'],
		[false, 'denied']
	])('asks for persistence and reports the answer %s', async (granted, expected) => {
		expect(await requestPersistence(storage(false, granted))).toBe(expected);
	});
});
