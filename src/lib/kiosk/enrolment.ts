import type { KioskConfig, KioskErrorCode } from '$lib/domain/kiosk';
import type { KioskApi } from './api';
import { createPinVerifier, isValidPin } from './pin';
import type { FillRandom } from './random';
import { EMPTY_STATUS } from './status';
import { getMeta, inTransaction, wipe, type Enrolment, type KioskDb } from './store';

export interface EnrolmentDeps {
	db: KioskDb;
	api: KioskApi;
	now: () => Date;
	random?: FillRandom;
}

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

export async function current(db: KioskDb): Promise<Enrolment | null> {
	return (await getMeta(db, 'enrolment')) ?? null;
}

/** Keeps the newest configuration, unless the kiosk was ended or paired again meanwhile. */
export async function saveConfig(db: KioskDb, token: string, config: KioskConfig): Promise<void> {
	const tx = db.transaction('meta', 'readwrite');
	await inTransaction(tx, async () => {
		const enrolment = (await tx.store.get('enrolment')) as Enrolment | undefined;
		if (enrolment?.token === token) await tx.store.put({ ...enrolment, config }, 'enrolment');
	});
}

/**
 * Revokes the device if the server can be reached, then wipes the tablet either way.
 * `revoked: false` tells staff to revoke the device in the staff pages.
 */
export async function end(deps: Pick<EnrolmentDeps, 'db' | 'api'>): Promise<{ revoked: boolean }> {
	const enrolment = await current(deps.db);
	let revoked = false;
	if (enrolment) {
		const answer = await deps.api.end(enrolment.token);
		revoked =
			answer.kind === 'ok' ||
			(answer.kind === 'refused' &&
				['device_revoked', 'device_unknown'].includes(answer.body.error));
	}
	await wipe(deps.db);
	return { revoked };
}
