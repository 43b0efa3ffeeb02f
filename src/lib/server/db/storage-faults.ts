import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from './connect';
import { migrateToLatest } from './migrator';
import { isStorageUnavailable } from './storage-errors';

/**
 * For tests: a migrated database in a file of its own, since a full or read-only disk is a
 * property of the file and its WAL, which an in-memory database does not have.
 */
export async function createFileDb(): Promise<{ db: Database; path: string; remove(): void }> {
	const folder = mkdtempSync(join(tmpdir(), 'glosy-faults-'));
	const path = join(folder, 'glosy.sqlite');
	const db = openDatabase(path);
	await migrateToLatest(db);
	return { db, path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

const FILLER_SIZES = [16_384, 4096, 1024, 256, 64, 16];

/**
 * The disk is full: the file may not grow and its pages are packed (VACUUM), so that any write
 * needing more room than a page has left fails with SQLITE_FULL, as on a full disk. A row small
 * enough for the free bytes of a page still goes in, on a real disk too; a table with no rows
 * has an empty page, so tests write to tables that hold some.
 */
export async function fillDisk(db: Database): Promise<void> {
	await sql`create table if not exists storage_filler (bytes blob)`.execute(db);
	await sql`vacuum`.execute(db);
	const pages = await sql<{ page_count: number }>`pragma page_count`.execute(db);
	await sql.raw(`pragma max_page_count = ${pages.rows[0]?.page_count ?? 1}`).execute(db);
	for (const size of FILLER_SIZES) {
		const bytes = Buffer.alloc(size, 1);
		for (;;) {
			try {
				await sql`insert into storage_filler (bytes) values (${bytes})`.execute(db);
			} catch (error) {
				if (isStorageUnavailable(error)) break;
				throw error;
			}
		}
	}
}

/** Room again, as when the operator has cleared the disk. */
export async function freeDisk(db: Database): Promise<void> {
	await sql`pragma max_page_count = 1073741823`.execute(db);
	await sql`delete from storage_filler`.execute(db);
}

/** Every write fails with SQLITE_READONLY, as on a file system remounted read-only. */
export async function setReadOnly(db: Database, readOnly: boolean): Promise<void> {
	await sql.raw(`pragma query_only = ${readOnly ? 1 : 0}`).execute(db);
}
