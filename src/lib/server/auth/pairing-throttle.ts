import type { Database } from '../db/connect';
import {
	deleteFailuresBefore,
	failuresSince,
	insertFailures
} from '../repositories/login-failures';
import { LOGIN_WINDOW_MS } from './rate-limit';

export const PAIRING_WINDOW_MS = 15 * 60 * 1000;
export const MAX_PAIRING_FAILURES_PER_IP = 10;

const ipKey = (ip: string) => `pair:ip:${ip}`;

/** Seconds until this address may try a pairing code again, or 0 if it may now. */
export async function pairingRetryAfter(db: Database, ip: string, now: Date): Promise<number> {
	const since = new Date(now.getTime() - PAIRING_WINDOW_MS);
	const { count, oldest } = await failuresSince(db, ipKey(ip), since);
	if (Number(count) < MAX_PAIRING_FAILURES_PER_IP || !oldest) return 0;
	const retryAt = new Date(String(oldest)).getTime() + PAIRING_WINDOW_MS;
	return Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
}

export async function recordPairingFailure(db: Database, ip: string, now: Date) {
	// The table is shared with login throttling: prune only what neither limit still counts.
	const window = Math.max(PAIRING_WINDOW_MS, LOGIN_WINDOW_MS);
	await deleteFailuresBefore(db, new Date(now.getTime() - window));
	await insertFailures(db, [ipKey(ip)], now);
}
