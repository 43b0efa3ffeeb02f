import type { Database } from '../db/connect';
import { recordHit, retryAfter } from './throttle';

export const PAIRING_WINDOW_MS = 15 * 60 * 1000;
export const MAX_PAIRING_FAILURES_PER_IP = 10;

const limit = { limit: MAX_PAIRING_FAILURES_PER_IP, windowMs: PAIRING_WINDOW_MS };
const ipKey = (ip: string) => `pair:ip:${ip}`;

/** Seconds until this address may try a pairing code again, or 0 if it may now. */
export function pairingRetryAfter(db: Database, ip: string, now: Date): Promise<number> {
	return retryAfter(db, ipKey(ip), limit, now);
}

export function recordPairingFailure(db: Database, ip: string, now: Date) {
	return recordHit(db, ipKey(ip), now);
}
