/**
 * npm run db:backup [-- --to path] — a consistent copy of DATABASE_PATH (default db/glosy.sqlite)
 * taken while the app keeps running, then checked with integrity_check. Exits 1 if it is not ok.
 */
import { parseArgs } from 'node:util';
import { backupDatabase, defaultBackupPath } from '../src/lib/server/db/backup';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const source = process.env.DATABASE_PATH || 'db/glosy.sqlite';
const destination = values.to ?? defaultBackupPath(new Date());

const report = await backupDatabase(source, destination).catch((cause: unknown) => {
	console.error(
		`Cannot back up ${source}: ${cause instanceof Error ? cause.message : String(cause)}`
	);
	process.exit(1);
});
console.log(
	`Backed up ${source} to ${report.destination}: ${report.pages} pages, integrity ${report.integrity}.`
);
if (report.integrity !== 'ok') process.exit(1);
