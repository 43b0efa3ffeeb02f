import type { ItemResult, KioskConfig, OpinionBatch, OpinionItem } from '$lib/domain/kiosk';
import { createKioskApi } from './api';
import type { OpinionDraft } from './opinion';
import { enqueue } from './outbox';
import { openKioskDb, setMeta, type Enrolment, type KioskDb } from './store';
import { syncOnce } from './sync';

/** Test helpers; test files import 'fake-indexeddb/auto' themselves. */
let databases = 0;
export const freshDbName = () => `glosy-kiosk-test-${++databases}`;
export const freshDb = (name = freshDbName()) => openKioskDb(name);

export const TOKEN = 'KIOSKTOKENKIOSKTOKENKIOSKTOKEN23';
export const EVENT_ID = 12;
export const T0 = new Date('2026-06-05T15:00:00.000Z');
export const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

export function kioskConfig(accepting = true): KioskConfig {
	return {
		device: { id: 4, name: 'Tablet 1' },
		event: { id: EVENT_ID, title: 'Piknik na Woli' },
		consultation: { title: 'Skwer Hoovera', accepting, rodoClause: 'Administratorem danych…' },
		questions: [{ id: 3, text: 'Czego brakuje na skwerze?' }],
		areas: [
			{ id: 1, code: 'green', namePl: 'Zieleń', nameEn: 'Greenery', description: '' },
			{ id: 2, code: 'benches', namePl: 'Ławki', nameEn: 'Benches', description: '' }
		]
	};
}

export function draft(overrides: Partial<OpinionDraft> = {}): OpinionDraft {
	return {
		text: 'Więcej ławek na skwerze.',
		questionId: 3,
		areaIds: [1],
		district: 'wola',
		ageBand: '60-74',
		language: 'pl',
		...overrides
	};
}

export async function enrol(db: KioskDb, eventId = EVENT_ID): Promise<Enrolment> {
	const enrolment = { token: TOKEN, eventId, config: kioskConfig(), pairedAt: T0.toISOString() };
	await setMeta(db, 'enrolment', enrolment);
	return enrolment;
}

export function opinionItem(n: number): OpinionItem {
	return {
		uuid: crypto.randomUUID(),
		text: `Opinia numer ${n}`,
		questionId: null,
		areaIds: [],
		district: null,
		ageBand: null,
		language: 'pl',
		receiptCode: 'K7F2-9QXM',
		submittedAt: at(n).toISOString()
	};
}

/** Queues n opinions, one second apart, and returns them oldest first. */
export async function queue(db: KioskDb, n: number, from = 0): Promise<OpinionItem[]> {
	const items: OpinionItem[] = [];
	for (let i = from; i < from + n; i++) {
		const item = opinionItem(i);
		await enqueue(db, item, at(i));
		items.push(item);
	}
	return items;
}

export interface SeenRequest {
	method: string;
	path: string;
	headers: Headers;
	cache: RequestCache | undefined;
	body: unknown;
}

export type Handler = (request: SeenRequest) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8' }
	});
}

export function refusal(status: number, error: string, extra: object = {}): Response {
	return json(status, { error, message: `Refused: ${error}`, ...extra });
}

export function fakeServer(handler: Handler) {
	const requests: SeenRequest[] = [];
	const fetch: typeof globalThis.fetch = async (input, init = {}) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const text = typeof init.body === 'string' ? init.body : undefined;
		const request: SeenRequest = {
			method: init.method ?? 'GET',
			path: new URL(url, 'http://kiosk.test').pathname,
			headers: new Headers(init.headers),
			cache: init.cache,
			body: text === undefined ? undefined : (JSON.parse(text) as unknown)
		};
		requests.push(request);
		return handler(request);
	};
	const batches = () =>
		requests.filter((r) => r.path === '/api/kiosk/opinions').map((r) => r.body as OpinionBatch);
	return { requests, batches, fetch, api: createKioskApi({ fetch }) };
}

/** syncOnce on `db` against a fake server that answers with `handler`, ten minutes after T0. */
export function syncAgainst(db: KioskDb, handler: Handler) {
	const server = fakeServer(handler);
	return { server, sync: () => syncOnce({ db, api: server.api, now: () => at(600) }) };
}

/** The opinions a request to the sync endpoint carried. */
export const itemsOf = (request: { body: unknown }) => (request.body as OpinionBatch).items;

/** The server of docs/kiosk-api.md as the tablet sees it: each UUID is stored once. */
export function storingServer(saved = new Set<string>()): Handler {
	return ({ path, body }) => {
		if (path === '/api/kiosk/config') return json(200, kioskConfig());
		const { items } = body as OpinionBatch;
		return json(200, { results: items.map((item, index) => storeOne(saved, item, index)) });
	};
}

function storeOne(saved: Set<string>, item: OpinionItem, index: number): ItemResult {
	const status = saved.has(item.uuid) ? 'duplicate' : 'stored';
	saved.add(item.uuid);
	return { index, uuid: item.uuid, status };
}
