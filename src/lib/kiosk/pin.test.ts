import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	createPinVerifier,
	isValidPin,
	PIN_ITERATIONS,
	PIN_LOCK_MS,
	verifyPin as sut
} from './pin';
import { getMeta, openKioskDb, setMeta, type KioskDb } from './store';
import { at, freshDbName } from './testing';

describe('isValidPin', () => {
	it.each(['1234', '00000000', '907153'])('accepts %j', (pin) => {
		expect(isValidPin(pin)).toBe(true);
	});

	it.each(['123', '123456789', '12a4', ' 1234', '１２３４', ''])('refuses %j', (pin) => {
		expect(isValidPin(pin)).toBe(false);
	});
});

describe('verifyPin', () => {
	let name: string;
	let db: KioskDb;
	beforeEach(async () => {
		name = freshDbName();
		db = await openKioskDb(name);
		await setMeta(db, 'pin', await createPinVerifier('2468'));
	});
	afterEach(() => db.close());

	const wrong = async (times: number, now = at(0)) => {
		for (let i = 0; i < times; i++) await sut(db, '1357', now);
	};

	it('stores a salted PBKDF2 verifier, never the PIN', async () => {
		const verifier = await getMeta(db, 'pin');
		expect(verifier?.iterations).toBeGreaterThanOrEqual(100_000);
		expect(verifier?.iterations).toBe(PIN_ITERATIONS);
		expect(verifier?.salt).toHaveLength(16);
		expect(verifier?.hash).toHaveLength(32);
		expect(JSON.stringify(verifier)).not.toContain('2468');
		const other = await createPinVerifier('2468');
		expect(other.salt).not.toEqual(verifier?.salt);
		expect(other.hash).not.toEqual(verifier?.hash);
	});

	it('accepts the right PIN and counts down wrong ones', async () => {
		expect(await sut(db, '2468', at(0))).toEqual({ ok: true });
		expect(await sut(db, '1357', at(1))).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 });
		expect(await sut(db, '24680', at(2))).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 3 });
	});

	it('forgets earlier mistakes after the right PIN', async () => {
		await wrong(4);
		expect(await sut(db, '2468', at(1))).toEqual({ ok: true });
		expect(await sut(db, '1357', at(2))).toMatchObject({ reason: 'wrong', attemptsLeft: 4 });
	});

	it('locks for a minute after five wrong PINs in a row, even the right one', async () => {
		await wrong(4);
		expect(await sut(db, '1357', at(0))).toEqual({
			ok: false,
			reason: 'locked',
			retryAfterMs: PIN_LOCK_MS
		});
		expect(await sut(db, '2468', at(45))).toEqual({
			ok: false,
			reason: 'locked',
			retryAfterMs: 15_000
		});
		expect(await sut(db, '2468', at(60))).toEqual({ ok: true });
	});

	it('stays locked when the page is reloaded', async () => {
		await wrong(5);
		db.close();
		db = await openKioskDb(name);
		expect(await sut(db, '2468', at(30))).toMatchObject({ ok: false, reason: 'locked' });
	});

	it('gives five fresh attempts after a lock ends', async () => {
		await wrong(5);
		expect(await sut(db, '1357', at(61))).toMatchObject({ reason: 'wrong', attemptsLeft: 4 });
	});

	it('says when no PIN was set', async () => {
		await db.clear('meta');
		expect(await sut(db, '2468', at(0))).toEqual({ ok: false, reason: 'no_pin' });
	});
});
