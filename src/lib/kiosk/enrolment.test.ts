import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { current, end } from './enrolment';
import { pair } from './pair';
import { countPending } from './outbox';
import { verifyPin } from './pin';
import { readSnapshot } from './status';
import type { KioskDb } from './store';
import {
	at,
	enrol,
	EVENT_ID,
	fakeServer,
	freshDb,
	json,
	kioskConfig,
	queue,
	refusal,
	TOKEN,
	type Handler
} from './testing';

describe('enrolment', () => {
	let db: KioskDb;
	beforeEach(async () => {
		db = await freshDb();
	});
	afterEach(() => db.close());

	const withServer = (handler: Handler) => {
		const server = fakeServer(handler);
		return { server, deps: { db, api: server.api, now: () => at(0) } };
	};

	it('pairs, keeping the token, the event, the configuration and a PIN verifier', async () => {
		const { server, deps } = withServer(() => json(200, { token: TOKEN, config: kioskConfig() }));

		const result = await pair(deps, 'abcd-efgh', '2468');

		const enrolment = {
			token: TOKEN,
			eventId: EVENT_ID,
			config: kioskConfig(),
			pairedAt: at(0).toISOString()
		};
		expect(result).toEqual({ ok: true, enrolment });
		expect(server.requests[0]).toMatchObject({
			path: '/api/kiosk/pair',
			body: { code: 'abcd-efgh' }
		});
		expect(await current(db)).toEqual(enrolment);
		expect(await verifyPin(db, '2468', at(1))).toEqual({ ok: true });
		expect(await readSnapshot(db)).toMatchObject({ pending: 0, sentCount: 0, lastError: null });
	});

	it('refuses a bad PIN before spending the single-use code', async () => {
		const { server, deps } = withServer(() => json(200, { token: TOKEN, config: kioskConfig() }));
		expect(await pair(deps, 'abcd-efgh', '12')).toEqual({ ok: false, error: 'invalid_pin' });
		expect(server.requests).toHaveLength(0);
	});

	it('refuses to pair a tablet that is still enrolled', async () => {
		await enrol(db);
		const { server, deps } = withServer(() => json(200, { token: 'OTHER', config: kioskConfig() }));
		expect(await pair(deps, 'abcd-efgh', '2468')).toEqual({ ok: false, error: 'already_enrolled' });
		expect(server.requests).toHaveLength(0);
		expect((await current(db))?.token).toBe(TOKEN);
	});

	it.each<[string, Handler, object]>([
		['a wrong code', () => refusal(400, 'pairing_code_invalid'), { error: 'pairing_code_invalid' }],
		[
			'too many attempts',
			() => refusal(429, 'too_many_attempts', { retryAfterSeconds: 600 }),
			{ error: 'too_many_attempts', retryAfterSeconds: 600 }
		],
		['no network', () => Promise.reject(new TypeError('offline')), { error: 'unavailable' }]
	])('stores nothing after %s', async (_, handler, error) => {
		const { deps } = withServer(handler);
		expect(await pair(deps, 'abcd-efgh', '2468')).toEqual({ ok: false, ...error });
		expect(await current(db)).toBeNull();
		expect(await db.getAllKeys('meta')).toEqual([]);
	});

	it('ends the kiosk: revokes the device, then wipes the tablet', async () => {
		await enrol(db);
		await queue(db, 2);
		const { server, deps } = withServer(() => new Response(null, { status: 204 }));

		expect(await end(deps)).toEqual({ revoked: true });
		expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/api/kiosk/end' });
		expect(server.requests[0]!.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
		expect(await current(db)).toBeNull();
		expect(await countPending(db)).toBe(0);
	});

	it('wipes the tablet even when the server cannot be told', async () => {
		await enrol(db);
		const { deps } = withServer(() => Promise.reject(new TypeError('offline')));
		expect(await end(deps)).toEqual({ revoked: false });
		expect(await current(db)).toBeNull();
	});
});
