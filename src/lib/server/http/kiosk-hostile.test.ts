import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskErrorBody } from '$lib/domain/kiosk';
import { OPINION_LIMITS } from '$lib/schemas/opinion';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { countRows, makeKiosk, opinionItem } from '../testing/factories';
import { kioskRequest } from '../testing/kiosk-requests';
import { expectedOpinion, NAUGHTY } from '../../../../tests/e2e/support/hostile-strings';
import * as sut from './kiosk-api';

const now = new Date('2026-06-05T16:00:00Z');

describe('kiosk endpoints under hostile input', () => {
	let db: Database;
	let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
	beforeAll(async () => {
		db = await createTestDb();
		kiosk = await makeKiosk(db);
	});
	afterAll(async () => db.destroy());

	const bearer = () => ({ authorization: `Bearer ${kiosk.token}` });
	const send = (body: unknown) =>
		sut.kioskOpinions(db, kioskRequest('opinions', body, bearer()), now);
	const storedText = async (uuid: string) =>
		(await db.selectFrom('comments').select('text').where('uuid', '=', uuid).executeTakeFirst())
			?.text;

	it('stores every naughty text as its documented normalisation, or refuses it with a 400', async () => {
		const wrong: unknown[] = [];
		for (const text of NAUGHTY) {
			const item = opinionItem({ text });
			const response = await send({ eventId: kiosk.event.id, items: [item] });
			const expected = expectedOpinion(text);
			if (expected.accepted) {
				const stored = await storedText(item.uuid);
				if (response.status !== 200 || stored !== expected.text) {
					wrong.push({ text, status: response.status, stored });
				}
			} else {
				const body = (await response.json()) as KioskErrorBody;
				const codes = body.results?.[0]?.errors?.map((e) => e.code);
				if (response.status !== 400 || !codes?.includes(expected.code)) {
					wrong.push({ text, status: response.status, codes });
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('stores a text the normalisation leaves alone byte for byte', async () => {
		const untouched = NAUGHTY.filter((text) => {
			const expected = expectedOpinion(text);
			return expected.accepted && expected.text === text;
		});
		expect(untouched.length).toBeGreaterThan(400);
		const items = untouched
			.slice(0, OPINION_LIMITS.batchItems)
			.map((text) => opinionItem({ text }));
		expect((await send({ eventId: kiosk.event.id, items })).status).toBe(200);
		for (const item of items) {
			const stored = await storedText(item.uuid);
			expect(Buffer.from(stored ?? '', 'utf8').equals(Buffer.from(item.text, 'utf8'))).toBe(true);
		}
	});

	it.each(NAUGHTY.filter((_, i) => i % 20 === 0))(
		'refuses %j in every field but the text, as a 4xx',
		async (naughty) => {
			const fields = ['uuid', 'questionId', 'areaIds', 'district', 'ageBand', 'language'];
			for (const field of [...fields, 'receiptCode', 'submittedAt']) {
				const before = await countRows(db, 'comments');
				const item = { ...opinionItem(), [field]: naughty };
				const response = await send({ eventId: kiosk.event.id, items: [item] });
				expect(response.status, field).toBe(400);
				expect(await countRows(db, 'comments')).toBe(before);
			}
		}
	);
});

/** Bodies a broken or hostile client sends: every one a 4xx with the contract's shape. */
const MALFORMED: [string, BodyInit][] = [
	['empty', ''],
	['whitespace', '   '],
	['a bare number', '42'],
	['true', 'true'],
	['null', 'null'],
	['an array of nulls', '[null, null]'],
	['a truncated object', '{"eventId": 1, "items": [{"uuid": '],
	['a BOM before JSON', '\ufeff{"eventId": 1, "items": []}'],
	['a lone surrogate escape', '{"code": "\\ud800"}'],
	['a deep nest', '['.repeat(100_000) + ']'.repeat(100_000)],
	['a proto key', '{"__proto__": {"admin": true}, "eventId": 1, "items": [1]}'],
	['a constructor key', '{"constructor": {"prototype": {"x": 1}}, "code": "AAAA-BBBB"}'],
	['a huge number', '{"eventId": 1e999, "items": [{}]}'],
	['a negative event', '{"eventId": -1, "items": [{}]}'],
	['a duplicated key', '{"eventId": 1, "eventId": "x", "items": [{}]}'],
	['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d])],
	['NUL bytes', new Uint8Array([0x7b, 0x00, 0x7d])],
	['a code far too long', JSON.stringify({ code: 'A'.repeat(900) })],
	['items of wrong types', JSON.stringify({ eventId: 1, items: [1, 'x', null, [], true] })],
	['an oversized body', JSON.stringify({ eventId: 1, items: ['x'.repeat(600 * 1024)] })]
];

describe('kiosk endpoints refuse malformed bodies with a 4xx', () => {
	let db: Database;
	let token: string;
	let eventId: number;
	beforeAll(async () => {
		db = await createTestDb();
		const kiosk = await makeKiosk(db);
		token = kiosk.token;
		eventId = kiosk.event.id;
	});
	afterAll(async () => db.destroy());

	const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
		new Request(`http://localhost/api/kiosk/${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body
		});

	it.each(MALFORMED)('%s', async (_case, body) => {
		const auth = { authorization: `Bearer ${token}` };
		const answers = [
			await sut.kioskOpinions(db, post('opinions', body, auth), now),
			await sut.kioskPair(db, post('pair', body), `198.51.100.${_case.length}`, now),
			await sut.kioskEnd(db, post('end', body, { authorization: `Bearer x${token}` }), now)
		];
		for (const response of answers) {
			expect(response.status).toBeGreaterThanOrEqual(400);
			expect(response.status).toBeLessThan(500);
			expect(((await response.json()) as KioskErrorBody).error).toEqual(expect.any(String));
		}
		expect(await countRows(db, 'comments')).toBe(0);
	});

	it.each(NAUGHTY.filter((_, i) => i % 10 === 0))(
		'refuses the token or pairing code %j with a 4xx',
		async (naughty) => {
			const asCode = await sut.kioskPair(
				db,
				post('pair', JSON.stringify({ code: naughty })),
				'203.0.113.7',
				now
			);
			expect([400, 429]).toContain(asCode.status);
			const header = `Bearer ${naughty.replace(/[^\t\x20-\x7e\x80-\xff]/g, '')}`;
			const config = await sut.kioskConfigAnswer(
				db,
				new Request('http://localhost/api/kiosk/config', { headers: { authorization: header } }),
				now
			);
			expect(config.status).toBe(401);
		}
	);

	it('answers a wrongly typed batch with the per-item errors and stores nothing', async () => {
		const response = await sut.kioskOpinions(
			db,
			kioskRequest(
				'opinions',
				{ eventId, items: [{ ...opinionItem(), text: 42, areaIds: 'all' }, opinionItem()] },
				{ authorization: `Bearer ${token}` }
			),
			now
		);
		const body = (await response.json()) as KioskErrorBody;
		expect(response.status).toBe(400);
		expect(body.results?.map((r) => r.status)).toEqual(['rejected', 'skipped']);
		expect(body.results?.[0]?.errors?.map((e) => e.field).sort()).toEqual(['areaIds', 'text']);
		expect(await countRows(db, 'comments')).toBe(0);
	});
});
