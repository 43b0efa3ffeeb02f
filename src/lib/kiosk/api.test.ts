import { describe, expect, it } from 'vitest';
import type { OpinionBatch } from '$lib/domain/kiosk';
import { createKioskApi } from './api';
import { EVENT_ID, fakeServer, json, kioskConfig, opinionItem, refusal, TOKEN } from './testing';

const batch: OpinionBatch = { eventId: EVENT_ID, items: [opinionItem(1)] };
const stored = { results: [{ index: 0, uuid: batch.items[0]!.uuid, status: 'stored' }] };

describe('kiosk api', () => {
	it('posts opinions as JSON with the bearer token, past every cache', async () => {
		const server = fakeServer(() => json(200, stored));
		expect(await server.api.sendOpinions(TOKEN, batch)).toEqual({ kind: 'ok', data: stored });

		const [request] = server.requests;
		expect(request).toMatchObject({ method: 'POST', path: '/api/kiosk/opinions', body: batch });
		expect(request!.cache).toBe('no-store');
		expect(request!.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
		expect(request!.headers.get('Content-Type')).toMatch(/^application\/json/);
	});

	it('pairs without a token and reads the configuration', async () => {
		const config = kioskConfig();
		const server = fakeServer(() => json(200, { token: TOKEN, config }));
		expect(await server.api.pair('abcd efgh')).toEqual({
			kind: 'ok',
			data: { token: TOKEN, config }
		});
		expect(server.requests[0]).toMatchObject({
			path: '/api/kiosk/pair',
			body: { code: 'abcd efgh' }
		});
		expect(server.requests[0]!.headers.has('Authorization')).toBe(false);
	});

	it('gets the configuration and ends the kiosk', async () => {
		const server = fakeServer(({ path }) =>
			path.endsWith('/end') ? new Response(null, { status: 204 }) : json(200, kioskConfig())
		);
		expect(await server.api.config(TOKEN)).toEqual({ kind: 'ok', data: kioskConfig() });
		expect(await server.api.end(TOKEN)).toEqual({ kind: 'ok', data: null });
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /api/kiosk/config',
			'POST /api/kiosk/end'
		]);
	});

	it('returns a refusal with its code', async () => {
		const server = fakeServer(() => refusal(403, 'device_revoked'));
		expect(await server.api.sendOpinions(TOKEN, batch)).toEqual({
			kind: 'refused',
			status: 403,
			body: { error: 'device_revoked', message: 'Refused: device_revoked' }
		});
	});

	it('reports a network failure instead of throwing', async () => {
		const sut = createKioskApi({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
		expect(await sut.sendOpinions(TOKEN, batch)).toEqual({
			kind: 'unavailable',
			status: null,
			message: 'TypeError: Failed to fetch'
		});
	});

	it.each([
		['a 502 page from a proxy', () => new Response('<h1>Bad gateway</h1>', { status: 502 })],
		['a 500 with a refusal body', () => refusal(500, 'invalid_request')],
		['a 200 that is not JSON', () => new Response('<html>', { status: 200 })],
		['a 200 of another shape', () => json(200, { stored: 1 })],
		['a 404 page', () => new Response('Not found', { status: 404 })],
		['an unknown error code', () => refusal(400, 'teapot')]
	])('treats %s as the server being unavailable', async (_, answer) => {
		const server = fakeServer(answer);
		expect(await server.api.sendOpinions(TOKEN, batch)).toMatchObject({ kind: 'unavailable' });
	});

	it('reads a proxy 413 page as body_too_large', async () => {
		const server = fakeServer(() => new Response('<h1>413</h1>', { status: 413 }));
		expect(await server.api.sendOpinions(TOKEN, batch)).toMatchObject({
			kind: 'refused',
			status: 413,
			body: { error: 'body_too_large' }
		});
	});

	it('gives up on an answer that never comes', async () => {
		const hang: typeof fetch = (_, init) =>
			new Promise((_, reject) =>
				init?.signal?.addEventListener('abort', () =>
					reject(new DOMException('The operation timed out.', 'TimeoutError'))
				)
			);
		const sut = createKioskApi({ fetch: hang, timeoutMs: 20 });
		expect(await sut.config(TOKEN)).toEqual({
			kind: 'unavailable',
			status: null,
			message: 'TimeoutError: The operation timed out.'
		});
	});
});
