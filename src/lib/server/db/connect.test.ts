import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reusingStatements, type Database } from './connect';
import { createFileDb } from './storage-faults';

describe('openDatabase', () => {
	let file: Awaited<ReturnType<typeof createFileDb>>;
	let db: Database;
	beforeEach(async () => {
		file = await createFileDb();
		db = file.db;
	});
	afterEach(async () => {
		await db.destroy();
		file.remove();
	});

	const pragma = async (name: string) =>
		Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0] as unknown;

	it('writes ahead, checks foreign keys and syncs every commit', async () => {
		expect(await pragma('journal_mode')).toBe('wal');
		expect(await pragma('foreign_keys')).toBe(1);
		expect(await pragma('synchronous')).toBe(2);
	});

	it('lets the error out when SQLite rolled the transaction back itself', async () => {
		const diskError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
		const work = db.transaction().execute(async (tx) => {
			await tx.insertInto('consultations').values({ slug: 'a', title: 'A' }).execute();
			// What SQLite does on some I/O errors: the transaction is gone before the error arrives.
			await sql`rollback`.execute(tx);
			throw diskError;
		});

		await expect(work).rejects.toBe(diskError);
		expect(await db.selectFrom('consultations').selectAll().execute()).toEqual([]);
	});

	it('still rolls back a transaction that is open', async () => {
		const work = db.transaction().execute(async (tx) => {
			await tx.insertInto('consultations').values({ slug: 'a', title: 'A' }).execute();
			throw new Error('refused');
		});

		await expect(work).rejects.toThrow('refused');
		expect(await db.selectFrom('consultations').selectAll().execute()).toEqual([]);
	});
});

describe('reusingStatements', () => {
	const sqlite = () => {
		const raw = new Sqlite(':memory:');
		raw.exec('create table t (n integer); insert into t values (1), (2), (3)');
		return raw;
	};

	it('prepares a text once and hands the same statement back', () => {
		const sut = reusingStatements(sqlite());

		const first = sut.prepare('select n from t');

		expect(sut.prepare('select n from t')).toBe(first);
		expect(sut.prepare('select n from t where n > 1')).not.toBe(first);
	});

	it('gives a fresh statement while the cached one is being iterated', () => {
		const sut = reusingStatements(sqlite());
		const reading = sut.prepare('select n from t');
		const rows = reading.iterate([]);
		rows.next();

		const meanwhile = sut.prepare('select n from t');

		expect(meanwhile).not.toBe(reading);
		expect(meanwhile.all([])).toHaveLength(3);
		rows.return?.();
	});

	it('keeps a bounded number of texts', () => {
		const sut = reusingStatements(sqlite());
		const first = sut.prepare('select 0');
		for (let i = 1; i <= 300; i++) sut.prepare(`select ${i}`);

		expect(sut.prepare('select 0')).not.toBe(first);
	});
});
