import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from '../auth/rate-limit';
import { validateSessionToken } from '../auth/session';
import { createTestDb } from '../testing/db';
import { makeUserWithPassword } from '../testing/factories';
import * as sut from './auth';

const password = 'wspólnota-2018-hasło';
const ip = '10.0.0.1';
const MINUTE = 60 * 1000;
const start = new Date('2026-03-02T10:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

describe('logIn', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	const failuresFor = (key: string) =>
		db.selectFrom('login_failures').select('at').where('key', '=', key).execute();

	it('opens a session for the right password', async () => {
		const user = await makeUserWithPassword(db, password);

		const result = await sut.logIn(db, { email: user.email, password, ip }, start);

		expect(result).toMatchObject({ ok: true, userId: user.id });
		const token = result.ok ? result.token : '';
		expect((await validateSessionToken(db, token, later(1))).user?.id).toBe(user.id);
	});

	it('refuses a wrong password and records the failure for the account and the address', async () => {
		const user = await makeUserWithPassword(db, password);

		const result = await sut.logIn(db, { email: user.email, password: 'zgadywane', ip }, start);

		expect(result).toEqual({ ok: false, reason: 'invalid' });
		expect(await failuresFor(`account:${user.email}`)).toHaveLength(1);
		expect(await failuresFor(`ip:${ip}`)).toHaveLength(1);
	});

	it('answers an unknown e-mail exactly like a wrong password', async () => {
		const result = await sut.logIn(db, { email: 'nikt@example.org', password, ip }, start);

		expect(result).toEqual({ ok: false, reason: 'invalid' });
		expect(await failuresFor('account:nikt@example.org')).toHaveLength(1);
	});

	it('matches the e-mail case-insensitively and ignores surrounding spaces', async () => {
		const user = await makeUserWithPassword(db, password, { email: 'Anna.Nowak@Example.org' });

		const result = await sut.logIn(db, { email: '  ANNA.NOWAK@example.ORG ', password, ip }, start);

		expect(result).toMatchObject({ ok: true, userId: user.id });
	});

	it('refuses a deactivated user even with the right password', async () => {
		const user = await makeUserWithPassword(db, password);
		await db.updateTable('users').set({ active: 0 }).where('id', '=', user.id).execute();

		expect(await sut.logIn(db, { email: user.email, password, ip }, start)).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('throttles an account after repeated failures, even with the right password', async () => {
		const user = await makeUserWithPassword(db, password);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			await sut.logIn(db, { email: user.email, password: `zła-${i}`, ip }, start);
		}

		const result = await sut.logIn(db, { email: user.email, password, ip }, later(1));

		// The oldest failure leaves the 15-minute window 14 minutes from now.
		expect(result).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterMinutes: LOGIN_WINDOW_MS / MINUTE - 1
		});
	});

	it('lets the account in again once the window has passed', async () => {
		const user = await makeUserWithPassword(db, password);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			await sut.logIn(db, { email: user.email, password: `zła-${i}`, ip }, start);
		}

		const result = await sut.logIn(db, { email: user.email, password, ip }, later(16));

		expect(result).toMatchObject({ ok: true, userId: user.id });
		expect(await failuresFor(`account:${user.email}`)).toEqual([]);
	});

	it('throttles an address after many failures across e-mails, not other addresses', async () => {
		const user = await makeUserWithPassword(db, password);
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
			await sut.logIn(db, { email: `osoba${i}@example.org`, password, ip }, start);
		}

		const fromSameIp = await sut.logIn(db, { email: user.email, password, ip }, later(1));
		const fromOtherIp = await sut.logIn(
			db,
			{ email: user.email, password, ip: '10.0.0.2' },
			later(1)
		);

		expect(fromSameIp).toMatchObject({ ok: false, reason: 'throttled' });
		expect(fromOtherIp).toMatchObject({ ok: true, userId: user.id });
	});
});
