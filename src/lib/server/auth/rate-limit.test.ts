import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import * as sut from './rate-limit';

const MINUTE = 60 * 1000;
const start = new Date('2026-03-02T10:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

describe('login rate limit', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	async function fail(times: number, who: (i: number) => { email: string; ip: string }) {
		for (let i = 0; i < times; i++) await sut.recordLoginFailure(db, who(i), start);
	}

	it('lets an account through below the limit', async () => {
		const who = { email: 'anna@example.org', ip: '10.0.0.1' };
		await fail(sut.MAX_FAILURES_PER_ACCOUNT - 1, () => who);

		expect(await sut.loginThrottle(db, who, later(1))).toEqual({ blocked: false });
	});

	it('blocks an account at the limit until its oldest failure leaves the window', async () => {
		const who = { email: 'anna@example.org', ip: '10.0.0.1' };
		await fail(sut.MAX_FAILURES_PER_ACCOUNT, () => who);
		const windowMinutes = sut.LOGIN_WINDOW_MS / MINUTE;

		expect(await sut.loginThrottle(db, who, later(1))).toEqual({
			blocked: true,
			retryAfterMinutes: windowMinutes - 1
		});
		expect(await sut.loginThrottle(db, { ...who, ip: '10.0.0.2' }, later(1))).toMatchObject({
			blocked: true
		});
		expect(await sut.loginThrottle(db, who, later(windowMinutes + 1))).toEqual({
			blocked: false
		});
	});

	it('asks to wait at least a minute just before the window ends', async () => {
		const who = { email: 'anna@example.org', ip: '10.0.0.1' };
		await fail(sut.MAX_FAILURES_PER_ACCOUNT, () => who);

		const throttle = await sut.loginThrottle(db, who, new Date(later(15).getTime() - 1000));

		expect(throttle).toEqual({ blocked: true, retryAfterMinutes: 1 });
	});

	it('blocks an address after many failures across accounts, but not other addresses', async () => {
		await fail(sut.MAX_FAILURES_PER_IP, (i) => ({
			email: `osoba${i}@example.org`,
			ip: '10.0.0.1'
		}));

		const fromSameIp = { email: 'nowa@example.org', ip: '10.0.0.1' };
		const fromOtherIp = { email: 'nowa@example.org', ip: '10.0.0.2' };
		expect(await sut.loginThrottle(db, fromSameIp, later(1))).toMatchObject({ blocked: true });
		expect(await sut.loginThrottle(db, fromOtherIp, later(1))).toEqual({ blocked: false });
	});

	it('forgets failures older than the window when a new one is recorded', async () => {
		const who = { email: 'anna@example.org', ip: '10.0.0.1' };
		await fail(3, () => who);

		await sut.recordLoginFailure(db, who, later(16));

		const keys = await db.selectFrom('login_failures').select(['key', 'at']).execute();
		expect(keys).toEqual([
			{ key: 'account:anna@example.org', at: later(16).toISOString() },
			{ key: 'ip:10.0.0.1', at: later(16).toISOString() }
		]);
	});

	it('clears only the account failures after a successful login', async () => {
		const who = { email: 'anna@example.org', ip: '10.0.0.1' };
		await fail(2, () => who);

		await sut.clearAccountFailures(db, who.email);

		const keys = await db.selectFrom('login_failures').select('key').execute();
		expect(keys.map((k) => k.key)).toEqual(['ip:10.0.0.1', 'ip:10.0.0.1']);
	});
});
