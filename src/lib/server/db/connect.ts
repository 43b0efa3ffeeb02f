import Sqlite from 'better-sqlite3';
import {
	Kysely,
	SqliteDialect,
	SqliteDriver,
	type DatabaseConnection,
	type SqliteDatabase
} from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DB } from './schema.gen';

export type Database = Kysely<DB>;

export class DatabaseOpenError extends Error {
	override name = 'DatabaseOpenError';
}

export function openDatabase(path: string): Database {
	const sqlite = openSqlite(path);
	return new Kysely<DB>({ dialect: new GuardedDialect(sqlite) });
}

/**
 * After an I/O error SQLite may already have rolled the transaction back; Kysely's ROLLBACK would
 * then fail with „no transaction is active” and hide the error that says the disk is at fault.
 */
class GuardedDialect extends SqliteDialect {
	constructor(private readonly sqlite: Sqlite.Database) {
		super({ database: reusingStatements(sqlite) });
	}

	override createDriver() {
		const sqlite = this.sqlite;
		return new (class extends SqliteDriver {
			override async rollbackTransaction(connection: DatabaseConnection) {
				if (sqlite.inTransaction) await super.rollbackTransaction(connection);
			}
		})({ database: reusingStatements(sqlite) });
	}
}

/** Distinct SQL texts kept prepared; the app sends a few hundred, dynamic IN lists aside. */
const PREPARED_STATEMENTS = 256;

/**
 * Kysely prepares every query anew, about a tenth of an intake request's CPU; the same texts come
 * back all the time. Least recently used texts are dropped; a statement still being iterated is
 * never handed out twice.
 */
export function reusingStatements(sqlite: Sqlite.Database): SqliteDatabase {
	const prepared = new Map<string, Sqlite.Statement>();
	return {
		close: () => sqlite.close(),
		prepare(sql: string) {
			const cached = prepared.get(sql);
			if (cached?.busy) return sqlite.prepare(sql);
			const statement = cached ?? sqlite.prepare(sql);
			prepared.delete(sql);
			prepared.set(sql, statement);
			if (prepared.size > PREPARED_STATEMENTS) {
				const oldest = prepared.keys().next().value;
				if (oldest !== undefined) prepared.delete(oldest);
			}
			return statement;
		}
	};
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
	// An acknowledged opinion is final: the tablet drops it from its outbox, the resident leaves
	// with a receipt. In WAL mode NORMAL already survives the process being killed (a commit is in
	// the WAL, in the OS's cache, before it returns; tests/e2e/faults-crash.spec.ts proves it), but
	// a power cut or a kernel panic can take back the commits of the last seconds. FULL syncs the
	// WAL at each commit, so they survive that too, for about 0.2 ms per transaction here: a kiosk
	// batch is one transaction, and a consultation cannot be run again.
	sqlite.pragma('synchronous = FULL');
	if (sqlite.pragma('synchronous', { simple: true }) !== 2)
		throw new Error('synchronous is not FULL');
}
