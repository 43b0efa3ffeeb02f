import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeUser } from '../testing/factories';
import * as sut from './session';
import { hashToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-02T10:00:00Z');
const later = (days: number) => new Date(start.getTime() + days * DAY);

describe('sessions', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	const storedSessions = () => db.selectFrom('sessions').selectAll().execute();

	it('creates a session that validates to its user', async () => {
		const user = await makeUser(db, 'analyst');
		const { token, expiresAt } = await sut.createSession(db, user.id, start);

		const result = await sut.validateSessionToken(db, token, later(1));

		expect(expiresAt).toEqual(later(30));
		expect(result.renewed).toBe(false);
		expect(result.user).toMatchObject({ id: user.id, email: user.email, role: 'analyst' });
		expect(result.session?.expiresAt).toEqual(expiresAt);
	});

	it('stores only a hash of the token', async () => {
		const user = await makeUser(db);
		const { token } = await sut.createSession(db, user.id, start);

		const [row, ...others] = await storedSessions();

		expect(others).toEqual([]);
		expect(row?.id).not.toBe(token);
		expect(row?.id).toBe(hashToken(token));
		expect(JSON.stringify(row)).not.toContain(token);
	});

	it('issues a different token of at least 120 bits each time', async () => {
		const user = await makeUser(db);
		const first = await sut.createSession(db, user.id, start);
		const second = await sut.createSession(db, user.id, start);

		expect(first.token).not.toBe(second.token);
		// base32: 5 bits per character
		expect(first.token.length * 5).toBeGreaterThanOrEqual(120);
	});

	it.each([
		['at the expiry instant', 30],
		['after expiry', 45]
	])('refuses and deletes an expired session (%s)', async (_when, days) => {
		const user = await makeUser(db);
		const { token } = await sut.createSession(db, user.id, start);

		const result = await sut.validateSessionToken(db, token, later(days));

		expect(result).toEqual({ session: null, user: null, renewed: false });
		expect(await storedSessions()).toEqual([]);
	});

	it('renews a session with less than 15 days left', async () => {
		const user = await makeUser(db);
		const { token } = await sut.createSession(db, user.id, start);
		const now = later(16);

		const result = await sut.validateSessionToken(db, token, now);

		const renewedUntil = new Date(now.getTime() + sut.SESSION_LIFETIME);
		expect(result.renewed).toBe(true);
		expect(result.session?.expiresAt).toEqual(renewedUntil);
		const [row] = await storedSessions();
		expect(row?.expires_at).toBe(renewedUntil.toISOString());
	});

	it('leaves a session with more than 15 days left as it is', async () => {
		const user = await makeUser(db);
		const { token, expiresAt } = await sut.createSession(db, user.id, start);

		const result = await sut.validateSessionToken(db, token, later(14));

		expect(result.renewed).toBe(false);
		const [row] = await storedSessions();
		expect(row?.expires_at).toBe(expiresAt.toISOString());
	});

	it('refuses and deletes the session of a deactivated user', async () => {
		const user = await makeUser(db);
		const { token } = await sut.createSession(db, user.id, start);
		await db.updateTable('users').set({ active: 0 }).where('id', '=', user.id).execute();

		const result = await sut.validateSessionToken(db, token, later(1));

		expect(result.user).toBeNull();
		expect(await storedSessions()).toEqual([]);
	});

	it('refuses an unknown token', async () => {
		const user = await makeUser(db);
		await sut.createSession(db, user.id, start);

		const result = await sut.validateSessionToken(db, 'not-a-real-token', later(1));

		expect(result).toEqual({ session: null, user: null, renewed: false });
		expect(await storedSessions()).toHaveLength(1);
	});

	it('ends a session on invalidation', async () => {
		const user = await makeUser(db);
		const { token } = await sut.createSession(db, user.id, start);

		await sut.invalidateSession(db, hashToken(token));

		expect((await sut.validateSessionToken(db, token, later(1))).user).toBeNull();
	});
});
