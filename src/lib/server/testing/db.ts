import { openDatabase, type Database } from '../db/connect';
import { migrateToLatest } from '../db/migrator';

/** A fresh, fully migrated in-memory database: one per test file or per test. */
export async function createTestDb(): Promise<Database> {
	const db = openDatabase(':memory:');
	await migrateToLatest(db);
	return db;
}
