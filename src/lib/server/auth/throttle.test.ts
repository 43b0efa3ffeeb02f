import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { recordLoginFailure } from './rate-limit';
import * as sut from './throttle';

const MINUTE = 60 * 1000;
const start = new Date('2026-06-05T10:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
const limit = { limit: 3, windowMs: 10 * MINUTE };

let db: Database;
beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

async function hit(key: string, times: number, at = start) {
	for (let i = 0; i < times; i++) await sut.recordHit(db, key, at);
}

describe('retryAfter', () => {
	it('lets a key act below its limit', async () => {
		await hit('online:1:10.0.0.1', 2);

		expect(await sut.retryAfter(db, 'online:1:10.0.0.1', limit, later(1))).toBe(0);
	});

	it('counts the seconds until the oldest hit leaves the window', async () => {
		await hit('online:1:10.0.0.1', 3);

		expect(await sut.retryAfter(db, 'online:1:10.0.0.1', limit, later(4))).toBe(6 * 60);
		expect(await sut.retryAfter(db, 'online:1:10.0.0.1', limit, later(11))).toBe(0);
	});

	it('counts each key on its own', async () => {
		await hit('online:1:10.0.0.1', 3);

		expect(await sut.retryAfter(db, 'online:2:10.0.0.1', limit, later(1))).toBe(0);
		expect(await sut.retryAfter(db, 'online:1:10.0.0.2', limit, later(1))).toBe(0);
	});

	it('refuses a window longer than login throttling keeps its rows', async () => {
		const tooLong = { limit: 3, windowMs: sut.MAX_WINDOW_MS + 1 };

		await expect(sut.retryAfter(db, 'k', tooLong, start)).rejects.toThrow(/window/);
	});
});

describe('recordHit', () => {
	it('prunes only rows older than the longest window, whoever wrote them', async () => {
		await recordLoginFailure(db, { email: 'anna@example.org', ip: '10.0.0.1' }, start);
		await hit('online:1:10.0.0.1', 1, later(1));

		await sut.recordHit(db, 'status:10.0.0.1', later(15.5));

		const keys = await db.selectFrom('login_failures').select('key').orderBy('id').execute();
		expect(keys.map((k) => k.key)).toEqual(['online:1:10.0.0.1', 'status:10.0.0.1']);
	});
});

describe('minutesFrom', () => {
	it.each([
		[1, 1],
		[60, 1],
		[61, 2],
		[900, 15]
	])('turns %d seconds into %d minutes', (seconds, minutes) => {
		expect(sut.minutesFrom(seconds)).toBe(minutes);
	});
});
