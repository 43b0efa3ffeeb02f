import type { ItemResult, KioskErrorCode, SyncResponse } from '$lib/domain/kiosk';
import type { ApiResult } from './api';
import type { OutboxEntry } from './store';

/** Refusals no retry cures: staff must act (pair again, reopen the consultation). */
export const BLOCKING_CODES: ReadonlySet<KioskErrorCode> = new Set([
	'device_unknown',
	'device_revoked',
	'wrong_event',
	'consultation_closed'
]);

/** What to do after one batch: `accepted` is false for invalid_items, where nothing was stored. */
export type Step =
	| { kind: 'settle'; results: ItemResult[]; accepted: boolean }
	| { kind: 'shrink'; size: number }
	| { kind: 'too_large'; limit?: number }
	| { kind: 'stop'; outcome: 'retry' | 'blocked'; code: string; message: string };

export function interpret(answer: ApiResult<SyncResponse>, batch: readonly OutboxEntry[]): Step {
	if (answer.kind === 'unavailable') return retry('unavailable', answer.message);
	if (answer.kind === 'ok') return settle(answer.data.results, batch, true);
	const { error, message, limit, results } = answer.body;
	const half = Math.floor(batch.length / 2);
	switch (error) {
		case 'invalid_items':
			return settle(results ?? [], batch, false);
		case 'body_too_large':
			return half > 0 ? { kind: 'shrink', size: half } : { kind: 'too_large', limit };
		case 'batch_too_large':
			if (half === 0) break;
			return { kind: 'shrink', size: limit && limit < batch.length ? limit : half };
		case 'too_many_attempts':
			return retry(error, message);
	}
	// Anything else (malformed_json, invalid_request…) would fail again the same way.
	return { kind: 'stop', outcome: 'blocked', code: error, message };
}

function settle(results: ItemResult[], batch: readonly OutboxEntry[], accepted: boolean): Step {
	const aligned = align(results, batch);
	if (!aligned) return retry('unexpected_answer', 'The results do not match the batch sent.');
	return { kind: 'settle', results: aligned, accepted };
}

/** Results in batch order, or null if they do not describe exactly the items sent. */
export function align(results: ItemResult[], batch: readonly OutboxEntry[]): ItemResult[] | null {
	if (results.length !== batch.length) return null;
	const aligned: ItemResult[] = [];
	for (const result of results) {
		const entry = batch[result.index];
		if (!entry || aligned[result.index]) return null;
		if (result.uuid !== null && result.uuid.toLowerCase() !== entry.uuid.toLowerCase()) return null;
		aligned[result.index] = result;
	}
	return aligned;
}

function retry(code: string, message: string): Step {
	return { kind: 'stop', outcome: 'retry', code, message };
}
