import type { Database } from '../db/connect';
import {
	deleteFailuresBefore,
	failuresSince,
	insertFailures
} from '../repositories/login-failures';
import { LOGIN_WINDOW_MS } from './rate-limit';

export interface Limit {
	limit: number;
	windowMs: number;
}

/**
 * Every limit shares the table with login throttling, which prunes rows older than its own
 * window; a longer window here would silently lose its hits, so none may exceed it.
 */
export const MAX_WINDOW_MS = LOGIN_WINDOW_MS;

function checked({ limit, windowMs }: Limit): Limit {
	if (windowMs > MAX_WINDOW_MS)
		throw new Error(`A throttle window may not exceed ${MAX_WINDOW_MS} ms`);
	return { limit, windowMs };
}

/** Seconds until `key` may act again under this limit, or 0 if it may now. */
export async function retryAfter(db: Database, key: string, limit: Limit, now: Date) {
	const { windowMs } = checked(limit);
	const since = new Date(now.getTime() - windowMs);
	const { count, oldest } = await failuresSince(db, key, since);
	if (Number(count) < limit.limit || !oldest) return 0;
	const retryAt = new Date(String(oldest)).getTime() + windowMs;
	return Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
}

/** Counts one hit; rows older than every window (including login's) go, nothing younger. */
export async function recordHit(db: Database, key: string, now: Date) {
	await deleteFailuresBefore(db, new Date(now.getTime() - MAX_WINDOW_MS));
	await insertFailures(db, [key], now);
}

/** Whole minutes, at least one, for messages such as „try again in 3 minutes”. */
export const minutesFrom = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
