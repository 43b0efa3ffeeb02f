import type { Database } from '../db/connect';
import { verifyAgainstDecoy, verifyPassword } from '../auth/password';
import { clearAccountFailures, loginThrottle, recordLoginFailure } from '../auth/rate-limit';
import { createSession } from '../auth/session';
import { findUserByEmail } from '../repositories/users';

export type LoginResult =
	| { ok: true; userId: number; token: string; expiresAt: Date }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function logIn(
	db: Database,
	attempt: { email: string; password: string; ip: string },
	now = new Date()
): Promise<LoginResult> {
	const who = { email: normaliseEmail(attempt.email), ip: attempt.ip };
	const throttle = await loginThrottle(db, who, now);
	if (throttle.blocked)
		return { ok: false, reason: 'throttled', retryAfterMinutes: throttle.retryAfterMinutes };

	const user = await findUserByEmail(db, who.email);
	const valid =
		user?.password_hash && user.active
			? await verifyPassword(user.password_hash, attempt.password)
			: await verifyAgainstDecoy(attempt.password);
	if (!user || !valid) {
		await recordLoginFailure(db, who, now);
		return { ok: false, reason: 'invalid' };
	}
	await clearAccountFailures(db, who.email);
	const session = await createSession(db, user.id, now);
	return { ok: true, userId: user.id, ...session };
}
