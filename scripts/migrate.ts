/** npm run db:migrate — brings the database at DATABASE_PATH (default db/glosy.sqlite) up to date. */
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateToLatest } from '../src/lib/server/db/migrator';

const path = process.env.DATABASE_PATH || 'db/glosy.sqlite';
const db = openDatabase(path);
try {
	const applied = await migrateToLatest(db);
	console.log(applied.length ? `Applied: ${applied.join(', ')}` : `Up to date: ${path}`);
} finally {
	await db.destroy();
}
