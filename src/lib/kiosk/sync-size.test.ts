import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpinionBatch } from '$lib/domain/kiosk';
import { OPINION_LIMITS } from '$lib/schemas/opinion';
import { enqueue } from './outbox';
import type { KioskDb } from './store';
import {
	at,
	enrol,
	itemsOf,
	freshDb,
	opinionItem,
	queue,
	refusal,
	storingServer,
	syncAgainst,
	type Handler
} from './testing';

describe('syncOnce, batch sizes', () => {
	let db: KioskDb;
	beforeEach(async () => {
		db = await freshDb();
		await enrol(db);
	});
	afterEach(() => db.close());

	const run = (handler: Handler) => syncAgainst(db, handler);

	it('never sends a body over the limit, however much of its text JSON escapes', async () => {
		const text = '\u0001\u001f'.repeat(OPINION_LIMITS.text / 2);
		for (let i = 0; i < OPINION_LIMITS.batchItems; i++) {
			await enqueue(db, { ...opinionItem(i), text }, at(i));
		}
		const bodyBytes = (batch: OpinionBatch) =>
			new TextEncoder().encode(JSON.stringify(batch)).length;
		const storing = storingServer();
		const { server, sync } = run((request) =>
			bodyBytes(request.body as OpinionBatch) > OPINION_LIMITS.bodyBytes
				? refusal(413, 'body_too_large', { limit: OPINION_LIMITS.bodyBytes })
				: storing(request)
		);

		expect(await sync()).toMatchObject({ outcome: 'done', stored: 50, rejected: 0 });
		const sizes = server.batches().map(bodyBytes);
		expect(sizes.length).toBeGreaterThan(1);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(OPINION_LIMITS.bodyBytes);
		expect(server.batches().flatMap((b) => b.items.map((item) => item.text))).toEqual(
			Array.from({ length: 50 }, () => text)
		);
	});

	it('halves the batch while the body is too large', async () => {
		await queue(db, 30);
		const storing = storingServer();
		const { server, sync } = run((request) =>
			itemsOf(request).length > 7 ? new Response('too large', { status: 413 }) : storing(request)
		);

		expect(await sync()).toMatchObject({ outcome: 'done', stored: 30 });
		expect(server.batches().map((b) => b.items.length)).toEqual([30, 15, 7, 7, 7, 7, 2]);
	});
});
