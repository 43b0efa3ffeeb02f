import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DB } from './schema.gen';

export type Database = Kysely<DB>;

export class DatabaseOpenError extends Error {
	override name = 'DatabaseOpenError';
}

export function openDatabase(path: string): Database {
	const sqlite = openSqlite(path);
	return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function openSqlite(path: string): Sqlite.Database {
	const inMemory = path === ':memory:';
	try {
		if (!inMemory) mkdirSync(dirname(path), { recursive: true });
		const sqlite = new Sqlite(path);
		configure(sqlite, inMemory);
		return sqlite;
	} catch (cause) {
		const reason = cause instanceof Error ? cause.message : String(cause);
		throw new DatabaseOpenError(`Cannot open the database at ${path}: ${reason}`, { cause });
	}
}

function configure(sqlite: Sqlite.Database, inMemory: boolean): void {
	const journal = sqlite.pragma('journal_mode = WAL', { simple: true });
	if (!inMemory && journal !== 'wal')
		throw new Error(`journal_mode is ${String(journal)}, not wal`);
	sqlite.pragma('foreign_keys = ON');
	if (sqlite.pragma('foreign_keys', { simple: true }) !== 1)
		throw new Error('foreign keys are off');
	sqlite.pragma('busy_timeout = 5000');
	// FULL: an opinion acknowledged to a resident must survive a power cut, not only a crash.
	sqlite.pragma('synchronous = FULL');
}
