import 'fake-indexeddb/auto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { KioskErrorBody, OpinionItem } from '$lib/domain/kiosk';
import { createKioskApi } from '$lib/kiosk/api';
import { countPending, enqueue } from '$lib/kiosk/outbox';
import { setMeta, type KioskDb } from '$lib/kiosk/store';
import { syncOnce } from '$lib/kiosk/sync';
import { freshDb } from '$lib/kiosk/testing';
import type { Database } from '../db/connect';
import { createFileDb, fillDisk, freeDisk, setReadOnly } from '../db/storage-faults';
import { kioskConfig } from '../services/kiosk';
import { countRows, makeKiosk, opinionItem } from '../testing/factories';
import { kioskRequest } from '../testing/kiosk-requests';
import * as sut from './kiosk-api';

const now = new Date('2026-06-05T16:00:00Z');

describe('kiosk endpoints on a full or read-only disk', () => {
	let file: Awaited<ReturnType<typeof createFileDb>>;
	let db: Database;
	let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
	let log: MockInstance<typeof console.error>;
	beforeEach(async () => {
		file = await createFileDb();
		db = file.db;
		kiosk = await makeKiosk(db);
		log = vi.spyOn(console, 'error').mockImplementation(() => {});
	});
	afterEach(async () => {
		log.mockRestore();
		await db.destroy();
		file.remove();
	});

	const bearer = () => ({ authorization: `Bearer ${kiosk.token}` });
	/** Long texts with areas: each batch needs new pages, and child rows beside the opinions. */
	const items = (count: number) =>
		Array.from({ length: count }, (_, i) =>
			opinionItem({
				text: `Opinia ${i}: ${'więcej cienia i ławek przy skwerze, '.repeat(50)}`.slice(0, 2000),
				areaIds: kiosk.areas.map((area) => area.id)
			})
		);
	const send = (sent: OpinionItem[]) =>
		sut.kioskOpinions(
			db,
			kioskRequest('opinions', { eventId: kiosk.event.id, items: sent }, bearer()),
			now
		);
	const stored = async () => ({
		comments: await countRows(db, 'comments'),
		areas: await countRows(db, 'comment_declared_areas')
	});

	async function expectUnavailable(response: Response) {
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('120');
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = (await response.json()) as Omit<KioskErrorBody, 'error'> & { error: string };
		expect(body.error).toBe('storage_unavailable');
		expect(body.message).toContain('cannot store');
		expect(body.retryAfterSeconds).toBe(120);
	}

	it('answers 503 to a batch on a full disk, stores none of it, and all of it once there is room', async () => {
		const batch = items(20);
		await fillDisk(db);

		await expectUnavailable(await send(batch));
		expect(await stored()).toEqual({ comments: 0, areas: 0 });

		await freeDisk(db);
		const response = await send(batch);
		expect(response.status).toBe(200);
		expect(await stored()).toEqual({ comments: 20, areas: 40 });
	});

	it('keeps the opinions stored before the disk filled, once each', async () => {
		const first = items(5);
		expect((await send(first)).status).toBe(200);
		await fillDisk(db);

		await expectUnavailable(await send([...first, ...items(20)]));
		expect(await stored()).toEqual({ comments: 5, areas: 10 });
	});

	it('answers 503 on a read-only database, to sync, configuration, pairing and end alike', async () => {
		await setReadOnly(db, true);

		await expectUnavailable(await send(items(3)));
		const request = (path: string, body: unknown) => kioskRequest(path, body, bearer());
		await expectUnavailable(await sut.kioskConfigAnswer(db, request('config', {}), now));
		await expectUnavailable(await sut.kioskEnd(db, request('end', {}), now));
		const pairing = request('pair', { code: 'ABCD-EFGH' });
		await expectUnavailable(await sut.kioskPair(db, pairing, '192.0.2.7', now));
		expect(await stored()).toEqual({ comments: 0, areas: 0 });
	});

	it('lets any other database error through: a bug is not dressed up as a full disk', async () => {
		await sql`drop table comment_declared_areas`.execute(db);
		await expect(send(items(1))).rejects.toThrow(/no such table/);
		expect(log).not.toHaveBeenCalled();
	});

	it('logs the code and the place, never what the resident wrote', async () => {
		await fillDisk(db);
		const batch = items(20);
		await send(batch);
		expect(log).toHaveBeenCalledExactlyOnceWith('Storage unavailable in kiosk sync: SQLITE_FULL');
	});

	describe('the tablet', () => {
		let tablet: KioskDb;
		beforeEach(async () => {
			tablet = await freshDb();
			const config = await kioskConfig(db, { ...kiosk.device, event_id: kiosk.event.id }, now);
			await setMeta(tablet, 'enrolment', {
				token: kiosk.token,
				eventId: kiosk.event.id,
				config,
				pairedAt: now.toISOString()
			});
		});
		afterEach(() => tablet.close());

		/** The tablet's own sync code, talking to these handlers instead of the network. */
		const api = createKioskApi({
			fetch: async (input, init) => {
				const request = new Request(new URL(input as string, 'http://localhost'), init);
				const path = new URL(request.url).pathname;
				if (path === '/api/kiosk/config') return sut.kioskConfigAnswer(db, request, now);
				return sut.kioskOpinions(db, request, now);
			}
		});
		const sync = () => syncOnce({ db: tablet, api, now: () => now });

		it('keeps its outbox while the disk is full, and empties it once there is room', async () => {
			for (const item of items(30)) await enqueue(tablet, item, now);
			await fillDisk(db);

			expect(await sync()).toMatchObject({ outcome: 'retry', stored: 0 });
			expect(await countPending(tablet)).toBe(30);
			expect(await stored()).toEqual({ comments: 0, areas: 0 });

			await freeDisk(db);
			expect(await sync()).toMatchObject({ outcome: 'done', stored: 30 });
			expect(await countPending(tablet)).toBe(0);
			expect(await stored()).toEqual({ comments: 30, areas: 60 });
		});
	});
});
