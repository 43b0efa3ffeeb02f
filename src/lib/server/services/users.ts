import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import type { Role } from '$lib/domain/roles';
import { hashPassword } from '../auth/password';
import { generateToken, hashToken } from '../auth/tokens';
import { recordAudit } from '../repositories/audit';
import {
	expireOpenInvitations,
	findInvitation,
	insertInvitation,
	markInvitationUsed
} from '../repositories/invitations';
import { deleteUserSessions } from '../repositories/sessions';
import {
	findUserByEmail,
	findUserById,
	insertUser,
	setUserActive,
	setUserPassword
} from '../repositories/users';
import { normaliseEmail } from './auth';
import { rejected, type Rejected } from './result';

export const INVITATION_LIFETIME = 7 * 24 * 60 * 60 * 1000;

export type InviteResult = { ok: true; userId: number; token: string } | Rejected;

export async function inviteUser(
	db: Database,
	input: { email: string; displayName: string; role: Role },
	actorId: number | null,
	now = new Date()
): Promise<InviteResult> {
	const email = normaliseEmail(input.email);
	return inTransaction(db, async (tx) => {
		if (await findUserByEmail(tx, email)) return rejected('email', 'duplicate_email');
		const userId = await insertUser(tx, {
			email,
			displayName: input.displayName,
			role: input.role
		});
		const token = await issueInvitation(tx, userId, actorId, now);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'user.invite',
			entity: 'user',
			entityId: userId,
			after: { role: input.role }
		});
		return { ok: true, userId, token };
	});
}

/** A fresh link for a user who lost theirs or forgot the password; older links stop working. */
export async function reissueInvitation(
	db: Database,
	userId: number,
	actorId: number | null,
	now = new Date()
): Promise<string | null> {
	return inTransaction(db, async (tx) => {
		if (!(await findUserById(tx, userId))) return null;
		const token = await issueInvitation(tx, userId, actorId, now);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'user.reinvite',
			entity: 'user',
			entityId: userId
		});
		return token;
	});
}

async function issueInvitation(db: Database, userId: number, actorId: number | null, now: Date) {
	await expireOpenInvitations(db, userId, now);
	const token = generateToken();
	await insertInvitation(db, {
		id: hashToken(token),
		userId,
		createdBy: actorId,
		expiresAt: new Date(now.getTime() + INVITATION_LIFETIME)
	});
	return token;
}

export type InvitationLookup =
	| { ok: true; userId: number; email: string; displayName: string }
	| { ok: false; reason: 'unknown' | 'expired' | 'used' };

export async function lookUpInvitation(
	db: Database,
	token: string,
	now = new Date()
): Promise<InvitationLookup> {
	const row = await findInvitation(db, hashToken(token));
	if (!row || !row.active) return { ok: false, reason: 'unknown' };
	if (row.used_at) return { ok: false, reason: 'used' };
	if (new Date(row.expires_at) <= now) return { ok: false, reason: 'expired' };
	return { ok: true, userId: row.user_id, email: row.email, displayName: row.display_name };
}

export async function acceptInvitation(
	db: Database,
	token: string,
	password: string,
	now = new Date()
): Promise<InvitationLookup> {
	const passwordHash = await hashPassword(password);
	return inTransaction(db, async (tx) => {
		const found = await lookUpInvitation(tx, token, now);
		if (!found.ok) return found;
		await setUserPassword(tx, found.userId, passwordHash, now);
		await markInvitationUsed(tx, hashToken(token), now);
		await deleteUserSessions(tx, found.userId);
		await recordAudit(tx, {
			actorUserId: found.userId,
			action: 'user.set_password',
			entity: 'user',
			entityId: found.userId
		});
		return found;
	});
}

export async function setActive(
	db: Database,
	userId: number,
	active: boolean,
	actorId: number,
	now = new Date()
): Promise<boolean> {
	if (userId === actorId && !active) return false;
	await inTransaction(db, async (tx) => {
		await setUserActive(tx, userId, active, now);
		if (!active) await deleteUserSessions(tx, userId);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: active ? 'user.activate' : 'user.deactivate',
			entity: 'user',
			entityId: userId
		});
	});
	return true;
}

export async function createUserWithPassword(
	db: Database,
	input: { email: string; displayName: string; role: Role; password: string }
): Promise<InviteResult | { ok: true; userId: number }> {
	const email = normaliseEmail(input.email);
	if (await findUserByEmail(db, email)) return rejected('email', 'duplicate_email');
	const userId = await insertUser(db, {
		email,
		displayName: input.displayName,
		role: input.role,
		passwordHash: await hashPassword(input.password)
	});
	await recordAudit(db, {
		action: 'user.create',
		entity: 'user',
		entityId: userId,
		after: { role: input.role }
	});
	return { ok: true, userId };
}
