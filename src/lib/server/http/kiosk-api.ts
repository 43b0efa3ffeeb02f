import * as v from 'valibot';
import type { PairResponse, SyncResponse } from '$lib/domain/kiosk';
import { OPINION_LIMITS } from '$lib/schemas/opinion';
import type { Database } from '../db/connect';
import { isStorageUnavailable, logStorageUnavailable } from '../db/storage-errors';
import { authenticateDevice, endKiosk, kioskConfig, pairDevice } from '../services/kiosk';
import { receiveOpinions } from '../services/kiosk-opinions';
import { readJsonBody } from './json-body';
import { answer, refuse, storageUnavailable } from './kiosk-answers';

// Each handler turns a Request into a Response, so tests drive them without a server.

/** A pairing request holds one short code; nobody needs more room to send it. */
const PAIR_BODY_BYTES = 1024;
const pairRequest = v.object({ code: v.pipe(v.string(), v.maxLength(64)) });

const batchRequest = v.object({
	eventId: v.pipe(v.number(), v.integer()),
	items: v.pipe(v.array(v.unknown()), v.minLength(1))
});

async function pair(db: Database, request: Request, ip: string, now = new Date()) {
	const body = await readJsonBody(request, PAIR_BODY_BYTES);
	if (!body.ok) return refuseBody(body.error, PAIR_BODY_BYTES);
	const parsed = v.safeParse(pairRequest, body.value);
	if (!parsed.success) return refuse('invalid_request');
	const result = await pairDevice(db, parsed.output.code, ip, now);
	if (result.ok) {
		const paired: PairResponse = { token: result.token, config: result.config };
		return answer(200, paired);
	}
	if (result.error === 'too_many_attempts') {
		const { retryAfterSeconds } = result;
		return refuse(
			'too_many_attempts',
			{ retryAfterSeconds },
			{ 'retry-after': `${retryAfterSeconds}` }
		);
	}
	return refuse(result.error);
}

async function config(db: Database, request: Request, now = new Date()) {
	const device = await authenticate(db, request, now);
	if (device instanceof Response) return device;
	return answer(200, await kioskConfig(db, device, now));
}

async function opinions(db: Database, request: Request, now = new Date()) {
	const device = await authenticate(db, request, now);
	if (device instanceof Response) return device;
	const body = await readJsonBody(request, OPINION_LIMITS.bodyBytes);
	if (!body.ok) return refuseBody(body.error, OPINION_LIMITS.bodyBytes);
	const parsed = v.safeParse(batchRequest, body.value);
	if (!parsed.success) return refuse('invalid_request');
	if (parsed.output.items.length > OPINION_LIMITS.batchItems) {
		return refuse('batch_too_large', { limit: OPINION_LIMITS.batchItems });
	}
	const result = await receiveOpinions(db, device, parsed.output, now);
	if (result.ok) {
		const synced: SyncResponse = { results: result.results };
		return answer(200, synced);
	}
	if (result.error === 'invalid_items') return refuse('invalid_items', { results: result.results });
	return refuse(result.error);
}

async function end(db: Database, request: Request, now = new Date()) {
	const device = await authenticate(db, request, now);
	if (device instanceof Response) return device;
	await endKiosk(db, device, now);
	return answer(204);
}

export const kioskPair = guarded('kiosk pair', pair);
export const kioskConfigAnswer = guarded('kiosk config', config);
export const kioskOpinions = guarded('kiosk sync', opinions);
export const kioskEnd = guarded('kiosk end', end);

/** A full or read-only disk answers 503, which the tablet retries; any other error is a bug. */
function guarded<A extends unknown[]>(where: string, handle: (...args: A) => Promise<Response>) {
	return async (...args: A): Promise<Response> => {
		try {
			return await handle(...args);
		} catch (error) {
			if (!isStorageUnavailable(error)) throw error;
			logStorageUnavailable(where, error);
			return storageUnavailable();
		}
	};
}

async function authenticate(db: Database, request: Request, now: Date) {
	const header = request.headers.get('authorization') ?? '';
	const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? null;
	const device = await authenticateDevice(db, token, now);
	if (device === 'device_unknown') {
		return refuse(device, {}, { 'www-authenticate': 'Bearer realm="kiosk"' });
	}
	if (device === 'device_revoked') return refuse(device);
	return device;
}

function refuseBody(
	error: 'unsupported_media_type' | 'body_too_large' | 'malformed_json',
	limit: number
) {
	return error === 'body_too_large' ? refuse(error, { limit }) : refuse(error);
}
