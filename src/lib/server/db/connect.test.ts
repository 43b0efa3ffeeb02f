import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './connect';
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
