import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './connect';
import { createFileDb, fillDisk, freeDisk, setReadOnly } from './storage-faults';
import * as sut from './storage-errors';

const coded = (code: string) => Object.assign(new Error(code), { code });

describe('isStorageUnavailable', () => {
	it.each([
		'SQLITE_FULL',
		'SQLITE_READONLY',
		'SQLITE_READONLY_DBMOVED',
		'SQLITE_IOERR',
		'SQLITE_IOERR_WRITE',
		'SQLITE_IOERR_FSYNC',
		'SQLITE_CANTOPEN',
		'SQLITE_BUSY',
		'SQLITE_BUSY_SNAPSHOT',
		'ENOSPC',
		'EROFS'
	])('says %s is the storage', (code) => {
		expect(sut.isStorageUnavailable(coded(code))).toBe(true);
		expect(sut.storageErrorCode(coded(code))).toBe(code);
	});

	it.each([
		'SQLITE_CONSTRAINT_UNIQUE',
		'SQLITE_ERROR',
		'SQLITE_MISMATCH',
		'SQLITE_FULLX',
		'ERR_INVALID_ARG_TYPE'
	])('says %s is a bug, not the storage', (code) => {
		expect(sut.isStorageUnavailable(coded(code))).toBe(false);
	});

	it('looks through causes, as when the database could not be opened', () => {
		const wrapped = new Error('Cannot open the database', { cause: coded('SQLITE_CANTOPEN') });
		expect(sut.storageErrorCode(new Error('outer', { cause: wrapped }))).toBe('SQLITE_CANTOPEN');
	});

	it.each([undefined, null, 'SQLITE_FULL', { code: 'SQLITE_FULL' }, new Error('plain')])(
		'says no for %j',
		(value) => {
			expect(sut.isStorageUnavailable(value)).toBe(false);
		}
	);

	it('stops on a cause that points back at itself', () => {
		const looped = new Error('loop');
		looped.cause = looped;
		expect(sut.isStorageUnavailable(looped)).toBe(false);
	});
});

describe('what SQLite throws', () => {
	let file: Awaited<ReturnType<typeof createFileDb>>;
	let db: Database;
	beforeEach(async () => {
		file = await createFileDb();
		db = file.db;
		await db.insertInto('consultations').values({ slug: 'a', title: 'A' }).execute();
	});
	afterEach(async () => {
		await db.destroy();
		file.remove();
	});

	const insert = (text = 'Więcej ławek.') =>
		db
			.insertInto('comments')
			.values({ uuid: crypto.randomUUID(), consultation_id: 1, channel: 'online', text })
			.execute();
	const failure = (work: Promise<unknown>) =>
		work.then(
			() => undefined,
			(error: unknown) => error
		);

	it('is SQLITE_FULL on a full disk, and writes again once there is room', async () => {
		await fillDisk(db);
		const error = await failure(insert('ż'.repeat(2000)));
		expect(sut.storageErrorCode(error)).toBe('SQLITE_FULL');

		await freeDisk(db);
		await insert();
	});

	it('is SQLITE_READONLY on a read-only connection', async () => {
		await setReadOnly(db, true);
		expect(sut.storageErrorCode(await failure(insert()))).toMatch(/^SQLITE_READONLY/);
	});

	it('is SQLITE_READONLY on a file opened read-only', () => {
		const readOnly = new Sqlite(file.path, { readonly: true });
		try {
			const error = (() => {
				try {
					readOnly.prepare("insert into consultations (slug, title) values ('b', 'B')").run();
				} catch (caught) {
					return caught;
				}
			})();
			expect(sut.storageErrorCode(error)).toMatch(/^SQLITE_READONLY/);
		} finally {
			readOnly.close();
		}
	});

	it('is SQLITE_BUSY while another writer holds the lock', async () => {
		const other = new Sqlite(file.path);
		other.exec('begin immediate');
		try {
			await sql`pragma busy_timeout = 0`.execute(db);
			expect(sut.storageErrorCode(await failure(insert()))).toMatch(/^SQLITE_BUSY/);
		} finally {
			other.exec('rollback');
			other.close();
		}
	});
});
