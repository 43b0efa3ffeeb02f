import Sqlite from 'better-sqlite3';
import { e2eDatabase } from '../../../playwright.config';

/** Direct access to the server's database, for states a browser cannot reach (an old session). */
export function withDatabase<T>(work: (db: Sqlite.Database) => T): T {
	const db = new Sqlite(e2eDatabase);
	db.pragma('busy_timeout = 5000');
	try {
		return work(db);
	} finally {
		db.close();
	}
}
