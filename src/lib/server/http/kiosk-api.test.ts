import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncResponse } from '$lib/domain/kiosk';
import { OPINION_LIMITS } from '$lib/schemas/opinion';
import type { Database } from '../db/connect';
import { revokeDevice } from '../services/devices';
import { createTestDb } from '../testing/db';
import { countRows, makeKiosk, opinionItem } from '../testing/factories';
import {
	expectRefusal as refusal,
	kioskRequest as request,
	readBody as read
} from '../testing/kiosk-requests';
import * as sut from './kiosk-api';

const now = new Date('2026-06-05T16:00:00Z');

describe('kiosk opinions endpoint', () => {
	let db: Database;
	let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
	beforeEach(async () => {
		db = await createTestDb();
		kiosk = await makeKiosk(db);
	});
	afterEach(async () => db.destroy());

	const bearer = () => ({ authorization: `Bearer ${kiosk.token}` });
	const send = (body: unknown, headers: Record<string, string> = {}) =>
		sut.kioskOpinions(db, request('opinions', body, { ...bearer(), ...headers }), now);
	const batch = (items: unknown[]) => ({ eventId: kiosk.event.id, items });
	const expectRefusal = (response: Response, status: number, error: string) =>
		refusal(db, response, status, error);

	it('stores a valid batch and lists every item as stored, in order', async () => {
		const items = [opinionItem(), opinionItem({ text: 'Ławki i cień.' })];

		const response = await send(batch(items));

		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await read<SyncResponse>(response)).toEqual({
			results: items.map((item, index) => ({ index, uuid: item.uuid, status: 'stored' }))
		});
		expect(await countRows(db, 'comments')).toBe(2);
	});

	it.each([
		['text/plain', 'text/plain'],
		['form data', 'application/x-www-form-urlencoded'],
		['another charset', 'application/json; charset=iso-8859-2']
	])('refuses %s with 415', async (_case, type) => {
		const response = await send(batch([opinionItem()]), { 'content-type': type });
		await expectRefusal(response, 415, 'unsupported_media_type');
	});

	it('accepts application/json with a utf-8 charset in any case', async () => {
		const response = await send(batch([opinionItem()]), {
			'content-type': 'Application/JSON; Charset="UTF-8"'
		});
		expect(response.status).toBe(200);
	});

	it('refuses a body whose Content-Length is over the limit, with the limit', async () => {
		const response = await send(batch([opinionItem()]), {
			'content-length': String(OPINION_LIMITS.bodyBytes + 1)
		});
		const body = await expectRefusal(response, 413, 'body_too_large');
		expect(body.limit).toBe(OPINION_LIMITS.bodyBytes);
	});

	it('counts the bytes read when Content-Length is absent or lies', async () => {
		const padding = 'x'.repeat(OPINION_LIMITS.bodyBytes);
		const oversized = JSON.stringify({ ...batch([opinionItem()]), padding });

		await expectRefusal(await send(oversized), 413, 'body_too_large');
		await expectRefusal(await send(oversized, { 'content-length': '100' }), 413, 'body_too_large');
	});

	it.each([
		['not JSON', '{"eventId": 1, "items": ['],
		['empty', ''],
		['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d])]
	])('refuses a body that is %s as malformed_json', async (_case, body) => {
		const response = await sut.kioskOpinions(
			db,
			new Request('http://localhost/api/kiosk/opinions', {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...bearer() },
				body
			}),
			now
		);
		await expectRefusal(response, 400, 'malformed_json');
	});

	it.each([
		['an array', [opinionItem()]],
		['null', null],
		['a string', 'opinie'],
		['no items', { eventId: 1 }],
		['items not an array', { eventId: 1, items: { 0: opinionItem() } }],
		['empty items', { eventId: 1, items: [] }],
		['eventId as text', { eventId: '1', items: [opinionItem()] }],
		['a fractional eventId', { eventId: 1.5, items: [opinionItem()] }]
	])('refuses %s as invalid_request', async (_case, body) => {
		const response = await send(typeof body === 'string' ? JSON.stringify(body) : body);
		await expectRefusal(response, 400, 'invalid_request');
	});

	it('refuses 51 items as batch_too_large, with the limit', async () => {
		const items = Array.from({ length: OPINION_LIMITS.batchItems + 1 }, () => opinionItem());
		const body = await expectRefusal(await send(batch(items)), 400, 'batch_too_large');
		expect(body.limit).toBe(OPINION_LIMITS.batchItems);
	});

	it('stores exactly 50 items', async () => {
		const items = Array.from({ length: OPINION_LIMITS.batchItems }, () => opinionItem());
		expect((await send(batch(items))).status).toBe(200);
		expect(await countRows(db, 'comments')).toBe(50);
	});

	describe('authentication', () => {
		it('answers 401 without a bearer token', async () => {
			const response = await sut.kioskOpinions(
				db,
				request('opinions', batch([opinionItem()])),
				now
			);
			await expectRefusal(response, 401, 'device_unknown');
			expect(response.headers.get('www-authenticate')).toBe('Bearer realm="kiosk"');
		});

		it.each([
			['an unknown token', 'Bearer abcdefghijklmnopqrstuvwxyz234567'],
			['another scheme', 'Basic YWxhZGRpbjpvcGVuc2VzYW1l'],
			['an empty bearer', 'Bearer ']
		])('answers 401 to %s', async (_case, authorization) => {
			const response = await send(batch([opinionItem()]), { authorization });
			await expectRefusal(response, 401, 'device_unknown');
		});

		it('answers 403 device_revoked once staff revoked the device', async () => {
			await revokeDevice(db, kiosk.event.id, kiosk.device.id, null, now);
			await expectRefusal(await send(batch([opinionItem()])), 403, 'device_revoked');
		});

		it('answers 403 wrong_event for a batch of another event', async () => {
			const response = await send({ eventId: kiosk.event.id + 1, items: [opinionItem()] });
			await expectRefusal(response, 403, 'wrong_event');
		});

		it('answers 403 consultation_closed before looking at the items', async () => {
			await db
				.updateTable('consultations')
				.set({ status: 'closed' })
				.where('id', '=', kiosk.consultation.id)
				.execute();
			const body = await expectRefusal(await send(batch([{}])), 403, 'consultation_closed');
			expect(body.results).toBeUndefined();
		});
	});

	it('sends a batch twice: stored, then duplicate, each opinion once', async () => {
		const items = [opinionItem(), opinionItem(), opinionItem()];

		const first = await read<SyncResponse>(await send(batch(items)));
		const second = await read<SyncResponse>(await send(batch(items)));

		expect(first.results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);
		expect(second.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
		expect(await countRows(db, 'comments')).toBe(3);
	});

	it('ends the kiosk with 204, after which the token is refused', async () => {
		const end = await sut.kioskEnd(db, request('end', {}, bearer()), now);

		expect(end.status).toBe(204);
		expect(end.headers.get('cache-control')).toBe('no-store');
		expect(await end.text()).toBe('');
		await expectRefusal(await send(batch([opinionItem()])), 403, 'device_revoked');
	});

	it('answers the configuration to the device', async () => {
		const response = await sut.kioskConfigAnswer(
			db,
			new Request('http://localhost/api/kiosk/config', { headers: bearer() }),
			now
		);

		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toMatchObject({
			device: { id: kiosk.device.id },
			event: { id: kiosk.event.id, title: kiosk.event.title },
			consultation: { title: kiosk.consultation.title, accepting: true }
		});
	});
});
