import type { KioskErrorCode } from '$lib/domain/kiosk';
import { current, type EnrolmentDeps } from './enrolment';
import { createPinVerifier, isValidPin } from './pin';
import { EMPTY_STATUS } from './status';
import type { Enrolment } from './store';

// Apart from enrolment.ts: pairing and its PIN hashing load only on a tablet not yet paired.

export type PairError = 'invalid_pin' | 'already_enrolled' | 'unavailable' | KioskErrorCode;

export type PairResult =
	{ ok: true; enrolment: Enrolment } | { ok: false; error: PairError; retryAfterSeconds?: number };

/** Checks everything local first: a pairing code is single use. */
export async function pair(deps: EnrolmentDeps, code: string, pin: string): Promise<PairResult> {
	const { db, api, now } = deps;
	if (!isValidPin(pin)) return { ok: false, error: 'invalid_pin' };
	if (await current(db)) return { ok: false, error: 'already_enrolled' };
	const verifier = await createPinVerifier(pin, deps.random);
	const answer = await api.pair(code);
	if (answer.kind === 'unavailable') return { ok: false, error: 'unavailable' };
	if (answer.kind === 'refused') {
		const { error, retryAfterSeconds } = answer.body;
		return retryAfterSeconds === undefined
			? { ok: false, error }
			: { ok: false, error, retryAfterSeconds };
	}
	const { token, config } = answer.data;
	const enrolment = { token, config, eventId: config.event.id, pairedAt: now().toISOString() };
	const tx = db.transaction('meta', 'readwrite');
	await Promise.all([
		tx.store.put(enrolment, 'enrolment'),
		tx.store.put(verifier, 'pin'),
		tx.store.put({ failures: 0, lockedAt: null }, 'pinLock'),
		tx.store.put(EMPTY_STATUS, 'sync'),
		tx.done
	]);
	return { ok: true, enrolment };
}
