import type { KioskErrorBody, KioskErrorCode } from '$lib/domain/kiosk';
import { STORAGE_RETRY_SECONDS } from '../db/storage-errors';

const refusals: Record<KioskErrorCode, { status: number; message: string }> = {
	device_unknown: { status: 401, message: 'No device has this token.' },
	device_revoked: { status: 403, message: 'This device was revoked by staff.' },
	wrong_event: { status: 403, message: 'This device belongs to another event.' },
	consultation_closed: { status: 403, message: 'The consultation does not accept opinions now.' },
	pairing_code_invalid: {
		status: 400,
		message: 'The pairing code is unknown, used, expired or revoked.'
	},
	too_many_attempts: { status: 429, message: 'Too many wrong pairing codes from this address.' },
	unsupported_media_type: { status: 415, message: 'The body must be application/json.' },
	body_too_large: { status: 413, message: 'The body is larger than the limit.' },
	malformed_json: { status: 400, message: 'The body is not JSON.' },
	invalid_request: { status: 400, message: 'The request does not have the expected shape.' },
	batch_too_large: { status: 400, message: 'The request has more items than the limit.' },
	invalid_items: { status: 400, message: 'One item or more was rejected; nothing was stored.' },
	storage_unavailable: {
		status: 503,
		message: 'The server cannot store anything now; keep the opinions and send them later.'
	}
};

/** Kiosk answers carry a device token or residents' opinions: no cache may keep them. */
export function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
	const type: Record<string, string> =
		body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' };
	return new Response(body === undefined ? null : JSON.stringify(body), {
		status,
		headers: { 'cache-control': 'no-store', ...type, ...headers }
	});
}

/**
 * The disk is full, read-only or failing: nothing of the request was stored. A 5xx, so the tablet
 * keeps its outbox and retries, unlike the 4xx refusals below.
 */
export function storageUnavailable() {
	return refuse(
		'storage_unavailable',
		{ retryAfterSeconds: STORAGE_RETRY_SECONDS },
		{ 'retry-after': `${STORAGE_RETRY_SECONDS}` }
	);
}

export function refuse(
	error: KioskErrorCode,
	extra: Omit<KioskErrorBody, 'error' | 'message'> = {},
	headers: Record<string, string> = {}
) {
	const { status, message } = refusals[error];
	const body: KioskErrorBody = { error, message, ...extra };
	return answer(status, body, headers);
}
