import type { Database } from '../db/connect';
import {
	deleteFailures,
	deleteFailuresBefore,
	failuresSince,
	insertFailures
} from '../repositories/login-failures';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
// Higher: a city office may log in many staff from one NAT address.
export const MAX_FAILURES_PER_IP = 30;

export type Throttle = { blocked: false } | { blocked: true; retryAfterMinutes: number };

const accountKey = (email: string) => `account:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

export async function loginThrottle(
	db: Database,
	who: { email: string; ip: string },
	now: Date
): Promise<Throttle> {
	const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
	const checks = [
		[accountKey(who.email), MAX_FAILURES_PER_ACCOUNT],
		[ipKey(who.ip), MAX_FAILURES_PER_IP]
	] as const;
	let retryAt = 0;
	for (const [key, limit] of checks) {
		const { count, oldest } = await failuresSince(db, key, since);
		if (Number(count) >= limit && oldest) {
			retryAt = Math.max(retryAt, new Date(String(oldest)).getTime() + LOGIN_WINDOW_MS);
		}
	}
	if (retryAt === 0) return { blocked: false };
	return {
		blocked: true,
		retryAfterMinutes: Math.max(1, Math.ceil((retryAt - now.getTime()) / 60000))
	};
}

export async function recordLoginFailure(
	db: Database,
	who: { email: string; ip: string },
	now: Date
) {
	await deleteFailuresBefore(db, new Date(now.getTime() - LOGIN_WINDOW_MS));
	await insertFailures(db, [accountKey(who.email), ipKey(who.ip)], now);
}

export function clearAccountFailures(db: Database, email: string) {
	return deleteFailures(db, accountKey(email));
}
