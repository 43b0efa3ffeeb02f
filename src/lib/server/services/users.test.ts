import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createSession, validateSessionToken } from '../auth/session';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { countRows, makeUser, unwrap } from '../testing/factories';
import { logIn } from './auth';
import * as sut from './users';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-02T10:00:00Z');
const later = (days: number) => new Date(start.getTime() + days * DAY);
const password = 'moje nowe hasło 2026';
const ewa = {
	email: 'ewa.nowak@example.org',
	displayName: 'Ewa Nowak',
	role: 'facilitator'
} as const;

describe('users service', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	const count = (table: 'users' | 'invitations') => countRows(db, table);
	const userRow = (id: number) =>
		db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

	describe('inviteUser', () => {
		it('creates a user without a password and a link that finds them', async () => {
			const admin = await makeUser(db, 'admin');

			const invited = unwrap(
				await sut.inviteUser(db, { ...ewa, email: ' Ewa.Nowak@Example.org ' }, admin.id, start)
			);

			const row = await userRow(invited.userId);
			expect(row).toMatchObject({ email: ewa.email, role: 'facilitator', password_hash: null });
			expect(await sut.lookUpInvitation(db, invited.token, later(1))).toEqual({
				ok: true,
				userId: invited.userId,
				email: ewa.email,
				displayName: ewa.displayName
			});
		});

		it('rejects an e-mail that is already taken, in any letter case, and inserts nothing', async () => {
			const admin = await makeUser(db, 'admin');
			unwrap(await sut.inviteUser(db, ewa, admin.id, start));
			const before = { users: await count('users'), invitations: await count('invitations') };

			const again = await sut.inviteUser(
				db,
				{ ...ewa, email: 'EWA.NOWAK@example.org', role: 'admin' },
				admin.id,
				start
			);

			expect(again).toEqual({ ok: false, errors: { email: { code: 'duplicate_email' } } });
			expect({ users: await count('users'), invitations: await count('invitations') }).toEqual(
				before
			);
		});

		it('records who invited whom, and with which role', async () => {
			const admin = await makeUser(db, 'admin');

			const invited = unwrap(await sut.inviteUser(db, ewa, admin.id, start));

			const [entry] = await listAudit(db, 'user', invited.userId);
			expect(entry).toMatchObject({
				action: 'user.invite',
				actor_user_id: admin.id,
				after_json: JSON.stringify({ role: 'facilitator' })
			});
		});
	});

	describe('lookUpInvitation', () => {
		it('does not know a token it never issued', async () => {
			expect(await sut.lookUpInvitation(db, 'nieznany-token', start)).toEqual({
				ok: false,
				reason: 'unknown'
			});
		});

		it('lets an invitation expire after its lifetime', async () => {
			const invited = unwrap(await sut.inviteUser(db, ewa, null, start));
			const expiry = new Date(start.getTime() + sut.INVITATION_LIFETIME);

			const justBefore = await sut.lookUpInvitation(
				db,
				invited.token,
				new Date(expiry.getTime() - 1)
			);
			const atExpiry = await sut.lookUpInvitation(db, invited.token, expiry);

			expect(justBefore.ok).toBe(true);
			expect(atExpiry).toEqual({ ok: false, reason: 'expired' });
		});

		it('treats the invitation of a deactivated user as unknown', async () => {
			const admin = await makeUser(db, 'admin');
			const invited = unwrap(await sut.inviteUser(db, ewa, admin.id, start));
			await sut.setActive(db, invited.userId, false, admin.id, start);

			expect(await sut.lookUpInvitation(db, invited.token, later(1))).toEqual({
				ok: false,
				reason: 'unknown'
			});
		});
	});

	describe('acceptInvitation', () => {
		it('sets the password so the user can log in', async () => {
			const invited = unwrap(await sut.inviteUser(db, ewa, null, start));

			const accepted = await sut.acceptInvitation(db, invited.token, password, later(1));
			const login = await logIn(db, { email: ewa.email, password, ip: '10.0.0.1' }, later(1));

			expect(accepted).toMatchObject({ ok: true, userId: invited.userId });
			expect(login).toMatchObject({ ok: true, userId: invited.userId });
		});

		it('cannot be used twice', async () => {
			const invited = unwrap(await sut.inviteUser(db, ewa, null, start));
			await sut.acceptInvitation(db, invited.token, password, later(1));
			const firstHash = (await userRow(invited.userId)).password_hash;

			const second = await sut.acceptInvitation(
				db,
				invited.token,
				'inne hasło atakującego',
				later(2)
			);

			expect(second).toEqual({ ok: false, reason: 'used' });
			expect(await sut.lookUpInvitation(db, invited.token, later(2))).toEqual({
				ok: false,
				reason: 'used'
			});
			expect((await userRow(invited.userId)).password_hash).toBe(firstHash);
		});

		it('sets no password for an unknown token', async () => {
			const invited = unwrap(await sut.inviteUser(db, ewa, null, start));

			const result = await sut.acceptInvitation(db, 'nieznany-token', password, later(1));

			expect(result).toEqual({ ok: false, reason: 'unknown' });
			expect((await userRow(invited.userId)).password_hash).toBeNull();
		});

		it('ends the sessions the user had and records the change as their own', async () => {
			const user = await makeUser(db, 'analyst');
			const session = await createSession(db, user.id, start);
			const token = await sut.reissueInvitation(db, user.id, null, start);

			await sut.acceptInvitation(db, token ?? '', password, later(1));

			expect((await validateSessionToken(db, session.token, later(1))).user).toBeNull();
			const audit = await listAudit(db, 'user', user.id);
			expect(audit.at(-1)).toMatchObject({ action: 'user.set_password', actor_user_id: user.id });
		});
	});

	describe('reissueInvitation', () => {
		it('issues a new link and makes the old one stop working', async () => {
			const admin = await makeUser(db, 'admin');
			const invited = unwrap(await sut.inviteUser(db, ewa, admin.id, start));

			const fresh = await sut.reissueInvitation(db, invited.userId, admin.id, later(1));

			expect(fresh).not.toBeNull();
			expect(fresh).not.toBe(invited.token);
			expect((await sut.lookUpInvitation(db, invited.token, later(1))).ok).toBe(false);
			expect(await sut.acceptInvitation(db, invited.token, password, later(1))).toMatchObject({
				ok: false
			});
			expect((await sut.lookUpInvitation(db, fresh ?? '', later(1))).ok).toBe(true);
			expect((await listAudit(db, 'user', invited.userId)).map((a) => a.action)).toEqual([
				'user.invite',
				'user.reinvite'
			]);
		});

		it('returns null for a user who does not exist', async () => {
			expect(await sut.reissueInvitation(db, 999, null, start)).toBeNull();
			expect(await count('invitations')).toBe(0);
		});
	});

	describe('setActive', () => {
		it('refuses to let an admin deactivate themselves', async () => {
			const admin = await makeUser(db, 'admin');

			expect(await sut.setActive(db, admin.id, false, admin.id, start)).toBe(false);
			expect((await userRow(admin.id)).active).toBe(1);
			expect(await listAudit(db, 'user', admin.id)).toEqual([]);
		});

		it('deactivates another user and ends their sessions', async () => {
			const admin = await makeUser(db, 'admin');
			const analyst = await makeUser(db, 'analyst');
			const adminSession = await createSession(db, admin.id, start);
			const analystSession = await createSession(db, analyst.id, start);

			expect(await sut.setActive(db, analyst.id, false, admin.id, start)).toBe(true);

			expect((await userRow(analyst.id)).active).toBe(0);
			expect((await validateSessionToken(db, analystSession.token, later(1))).user).toBeNull();
			expect((await validateSessionToken(db, adminSession.token, later(1))).user?.id).toBe(
				admin.id
			);
			const [entry] = await listAudit(db, 'user', analyst.id);
			expect(entry).toMatchObject({ action: 'user.deactivate', actor_user_id: admin.id });
		});

		it('reactivates a user', async () => {
			const admin = await makeUser(db, 'admin');
			const analyst = await makeUser(db, 'analyst');
			await sut.setActive(db, analyst.id, false, admin.id, start);

			expect(await sut.setActive(db, analyst.id, true, admin.id, later(1))).toBe(true);

			expect((await userRow(analyst.id)).active).toBe(1);
			expect((await listAudit(db, 'user', analyst.id)).map((a) => a.action)).toEqual([
				'user.deactivate',
				'user.activate'
			]);
		});
	});

	describe('createUserWithPassword', () => {
		it('creates a user who can log in, and refuses the same e-mail twice', async () => {
			const created = await sut.createUserWithPassword(db, { ...ewa, password });
			const again = await sut.createUserWithPassword(db, { ...ewa, password: 'inne hasło' });

			expect(created).toMatchObject({ ok: true });
			expect(again).toEqual({ ok: false, errors: { email: { code: 'duplicate_email' } } });
			expect(await count('users')).toBe(1);
			expect(await logIn(db, { email: ewa.email, password, ip: '10.0.0.1' }, start)).toMatchObject({
				ok: true
			});
		});
	});
});
