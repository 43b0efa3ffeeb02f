import type { Database } from './connect';

/** Services compose: one called inside another's transaction joins it instead of nesting. */
export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
	return db.isTransaction ? work(db) : db.transaction().execute(work);
}
