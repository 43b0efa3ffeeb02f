import type { Cookies } from '@sveltejs/kit';
import type { Database } from '../db/connect';
import { isRole, type Role } from '$lib/domain/roles';
import {
	deleteSession,
	findSessionWithUser,
	insertSession,
	updateSessionExpiry
} from '../repositories/sessions';
import { generateToken, hashToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;
export const SESSION_COOKIE = 'glosy_session';

export interface SessionUser {
	id: number;
	email: string;
	displayName: string;
	role: Role;
}
export interface Session {
	id: string;
	expiresAt: Date;
}
export type SessionValidation =
	| { session: Session; user: SessionUser; renewed: boolean }
	| { session: null; user: null; renewed: false };

const none = { session: null, user: null, renewed: false } as const;

export async function createSession(db: Database, userId: number, now = new Date()) {
	const token = generateToken();
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME);
	await insertSession(db, hashToken(token), userId, expiresAt);
	return { token, expiresAt };
}

export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const id = hashToken(token);
	const row = await findSessionWithUser(db, id);
	if (!row) return none;
	const expiresAt = new Date(row.expires_at);
	if (now >= expiresAt || !row.active || !isRole(row.role)) {
		await deleteSession(db, id);
		return none;
	}
	const user = { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role };
	if (expiresAt.getTime() - now.getTime() > RENEW_WHEN_LEFT) {
		return { session: { id, expiresAt }, user, renewed: false };
	}
	const renewedUntil = new Date(now.getTime() + SESSION_LIFETIME);
	await updateSessionExpiry(db, id, renewedUntil);
	return { session: { id, expiresAt: renewedUntil }, user, renewed: true };
}

export function invalidateSession(db: Database, sessionId: string) {
	return deleteSession(db, sessionId);
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
) {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean) {
	cookies.set(SESSION_COOKIE, '', {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		maxAge: 0
	});
}
