import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpinionBatch, OpinionItem } from '$lib/domain/kiosk';
import { current } from './enrolment';
import { countPending, listRejected, oldest } from './outbox';
import { readSnapshot, updateStatus } from './status';
import { wipe, type KioskDb } from './store';
import { syncOnce as sut } from './sync';
import {
	at,
	enrol,
	EVENT_ID,
	fakeServer,
	itemsOf,
	freshDb,
	json,
	kioskConfig,
	queue,
	refusal,
	storingServer,
	TOKEN,
	syncAgainst,
	type Handler
} from './testing';

const uuids = (items: { uuid: string }[]) => items.map((item) => item.uuid);
const totalText = (items: OpinionItem[]) => items.reduce((n, item) => n + item.text.length, 0);

describe('syncOnce', () => {
	let db: KioskDb;
	beforeEach(async () => {
		db = await freshDb();
		await enrol(db);
	});
	afterEach(() => db.close());

	const run = (handler: Handler) => syncAgainst(db, handler);

	it('learns that a closed consultation no longer accepts, keeping the opinions', async () => {
		await queue(db, 3);
		const { sync } = run(({ path }) =>
			path === '/api/kiosk/config'
				? json(200, kioskConfig(false))
				: refusal(403, 'consultation_closed')
		);

		expect(await sync()).toMatchObject({
			outcome: 'blocked',
			error: { code: 'consultation_closed' }
		});
		expect(await readSnapshot(db)).toMatchObject({
			pending: 3,
			config: { consultation: { accepting: false } }
		});
	});

	it('sends 120 opinions oldest first in batches of 50, 50 and 20', async () => {
		const items = await queue(db, 120);
		const { server, sync } = run(storingServer());

		expect(await sync()).toMatchObject({
			outcome: 'done',
			stored: 120,
			duplicates: 0,
			rejected: 0
		});
		const batches = server.batches();
		expect(batches.map((b) => b.items.length)).toEqual([50, 50, 20]);
		expect(batches.flatMap((b) => uuids(b.items))).toEqual(uuids(items));
		expect(batches.every((b) => b.eventId === EVENT_ID)).toBe(true);
		expect(await countPending(db)).toBe(0);
	});

	it('removes stored and duplicate opinions and counts both as sent', async () => {
		const items = await queue(db, 5);
		const { sync } = run(storingServer(new Set(uuids(items.slice(0, 2)))));

		expect(await sync()).toMatchObject({ outcome: 'done', stored: 3, duplicates: 2 });
		expect(await readSnapshot(db)).toMatchObject({
			pending: 0,
			sentCount: 5,
			lastSyncAt: at(600).toISOString(),
			lastError: null
		});
	});

	it('sets a rejected opinion aside and never sends it again', async () => {
		const items = await queue(db, 3);
		const errors = [{ field: 'areaIds', code: 'invalid_choice' }];
		const storing = storingServer();
		const { server, sync } = run(async (request) => {
			const answer = (await (await storing(request)).json()) as { results: { uuid: string }[] };
			const results = answer.results.map((r) =>
				r.uuid === items[1]!.uuid ? { ...r, status: 'rejected', errors } : r
			);
			return json(200, { results });
		});

		expect(await sync()).toMatchObject({ outcome: 'done', stored: 2, rejected: 1 });
		await queue(db, 1, 10);
		await sync();

		expect(await listRejected(db)).toMatchObject([{ uuid: items[1]!.uuid, errors }]);
		expect(server.batches().map((b) => b.items.length)).toEqual([3, 1]);
		expect(await readSnapshot(db)).toMatchObject({ pending: 0, rejected: 1, sentCount: 3 });
	});

	it('on invalid_items sets aside the rejected and sends the skipped again', async () => {
		const items = await queue(db, 3);
		const storing = storingServer();
		const { server, sync } = run((request) => {
			const batch = itemsOf(request);
			if (!batch.some((item) => item.uuid === items[1]!.uuid)) return storing(request);
			const results = batch.map((item, index) =>
				item.uuid === items[1]!.uuid
					? {
							index,
							uuid: item.uuid,
							status: 'rejected',
							errors: [{ field: 'text', code: 'required' }]
						}
					: { index, uuid: item.uuid, status: 'skipped' }
			);
			return refusal(400, 'invalid_items', { results });
		});

		expect(await sync()).toMatchObject({ outcome: 'done', stored: 2, rejected: 1 });
		expect(server.batches().map((b) => uuids(b.items))).toEqual([
			uuids(items),
			uuids([items[0]!, items[2]!])
		]);
		expect(uuids(await listRejected(db))).toEqual([items[1]!.uuid]);
	});

	it('stores nothing from invalid_items, whatever an item claims', async () => {
		const [item] = await queue(db, 1);
		const { sync } = run(() =>
			refusal(400, 'invalid_items', { results: [{ index: 0, uuid: item!.uuid, status: 'stored' }] })
		);

		expect(await sync()).toMatchObject({ outcome: 'retry', stored: 0 });
		expect(await countPending(db)).toBe(1);
	});

	it.each([
		[401, 'device_unknown'],
		[403, 'device_revoked'],
		[403, 'wrong_event'],
		[403, 'consultation_closed']
	])('on %i %s keeps every opinion, stops and records why', async (status, code) => {
		const items = await queue(db, 70);
		const { server, sync } = run(() => refusal(status, code));

		expect(await sync()).toMatchObject({ outcome: 'blocked', error: { code } });
		expect(server.batches()).toHaveLength(1);
		expect(uuids(await oldest(db, 100))).toEqual(uuids(items));
		expect(await readSnapshot(db)).toMatchObject({
			pending: 70,
			sentCount: 0,
			lastSyncAt: null,
			lastAttemptAt: at(600).toISOString(),
			lastError: { code, message: `Refused: ${code}`, at: at(600).toISOString() }
		});
	});

	it.each<[string, Handler]>([
		['no network', () => Promise.reject(new TypeError('Failed to fetch'))],
		['a 503', () => new Response('busy', { status: 503 })],
		['an unreadable answer', () => new Response('{"results": [', { status: 200 })]
	])('on %s keeps every opinion and asks for a retry', async (_, handler) => {
		const items = await queue(db, 3);
		const { sync } = run(handler);

		expect(await sync()).toMatchObject({ outcome: 'retry', error: { code: 'unavailable' } });
		expect(uuids(await oldest(db, 10))).toEqual(uuids(items));
		expect((await readSnapshot(db)).lastError).toMatchObject({ code: 'unavailable' });
	});

	it('sets aside a single opinion that is still too large', async () => {
		const items = await queue(db, 3);
		const storing = storingServer();
		const { server, sync } = run((request) =>
			totalText(itemsOf(request)) > 30 || itemsOf(request).some((i) => i.uuid === items[1]!.uuid)
				? refusal(413, 'body_too_large', { limit: 524288 })
				: storing(request)
		);

		expect(await sync()).toMatchObject({ outcome: 'done', stored: 2, rejected: 1 });
		expect(server.batches().map((b) => b.items.length)).toEqual([3, 1, 1, 1]);
		expect(await listRejected(db)).toMatchObject([
			{ uuid: items[1]!.uuid, errors: [{ field: 'item', code: 'body_too_large', limit: 524288 }] }
		]);
	});

	it('keeps the configuration fresh after the outbox is empty', async () => {
		await queue(db, 2);
		const closed = kioskConfig(false);
		const storing = storingServer();
		const { sync } = run((request) =>
			request.path.endsWith('/config') ? json(200, closed) : storing(request)
		);

		expect(await sync()).toMatchObject({ outcome: 'done', config: closed });
		expect((await current(db))?.config).toEqual(closed);
	});

	it('reports a revoked device even with nothing to send', async () => {
		const { sync } = run(() => refusal(403, 'device_revoked'));
		expect(await sync()).toMatchObject({ outcome: 'blocked', error: { code: 'device_revoked' } });
	});

	it('clears the last error once a batch is stored', async () => {
		await updateStatus(db, TOKEN, (s) => ({
			...s,
			lastError: { code: 'unavailable', message: 'offline', at: at(1).toISOString() }
		}));
		await queue(db, 1);
		const { sync } = run(storingServer());
		await sync();
		expect((await readSnapshot(db)).lastError).toBeNull();
	});

	it('retries rather than spin when an answer settles nothing', async () => {
		await queue(db, 2);
		const { server, sync } = run(({ body }) =>
			json(200, {
				results: (body as OpinionBatch).items.map((item, index) => ({
					index,
					uuid: item.uuid,
					status: 'skipped'
				}))
			})
		);
		expect(await sync()).toMatchObject({ outcome: 'retry', error: { code: 'unexpected_answer' } });
		expect(server.requests).toHaveLength(1);
		expect(await countPending(db)).toBe(2);
	});

	it('sends opinions of an earlier event on their own, under that event', async () => {
		await queue(db, 2);
		await enrol(db, EVENT_ID + 1);
		await queue(db, 2, 10);
		const { server, sync } = run(() => refusal(403, 'wrong_event'));

		expect(await sync()).toMatchObject({ outcome: 'blocked' });
		expect(server.batches()).toMatchObject([{ eventId: EVENT_ID, items: [{}, {}] }]);
		expect(await countPending(db)).toBe(4);
	});

	it('leaves nothing behind when the kiosk is ended during a sync', async () => {
		await queue(db, 2);
		const storing = storingServer();
		const { sync } = run(async (request) => {
			await wipe(db);
			return storing(request);
		});

		await sync();
		expect(await db.getAllKeys('meta')).toEqual([]);
		expect(await countPending(db)).toBe(0);
	});

	it('sends nothing from a tablet that is not enrolled', async () => {
		const bare = await freshDb();
		const server = fakeServer(storingServer());
		const summary = await sut({ db: bare, api: server.api, now: () => at(1) });

		expect(summary).toMatchObject({ outcome: 'blocked', error: { code: 'not_enrolled' } });
		expect(server.requests).toHaveLength(0);
		bare.close();
	});
});
