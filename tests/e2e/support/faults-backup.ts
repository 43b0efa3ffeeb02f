import Sqlite from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { openDatabase } from '../../../src/lib/server/db/connect';
import { migrator } from '../../../src/lib/server/db/migrator';

/** `npm run db:backup -- --to <copy>` as an operator runs it, beside the running server. */
export async function runBackup(databasePath: string, copy: string) {
	const { stdout } = await promisify(execFile)(
		'npx',
		['tsx', 'scripts/db-backup.ts', '--to', copy],
		{ env: { ...process.env, DATABASE_PATH: databasePath } }
	);
	return stdout.trim();
}

/** Migrations the copy lacks: none, if the app can start on it without migrating. */
export async function pendingMigrations(copy: string): Promise<string[]> {
	const db = openDatabase(copy);
	try {
		return (await migrator(db).getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
	} finally {
		await db.destroy();
	}
}

/**
 * The copy against the source once the writing has stopped. Opinions are only added in this
 * run, so a consistent copy is a prefix: its rows are the source's rows up to some id, each
 * with all of its areas; a torn copy would miss a row in between or an opinion's areas.
 */
export function compareWithSource(source: string, copy: string, acknowledgedBefore: string[]) {
	const db = new Sqlite(source, { readonly: true });
	try {
		db.prepare('attach database ? as copy').run(copy);
		const count = (query: string) => (db.prepare(query).get() as { n: number }).n;
		const last = count('select coalesce(max(id), 0) as n from copy.comments');
		const inCopy = new Set(
			(db.prepare('select uuid from copy.comments').all() as { uuid: string }[]).map((r) => r.uuid)
		);
		return {
			integrity: String(db.pragma('copy.integrity_check', { simple: true })),
			copied: count('select count(*) as n from copy.comments'),
			inSource: count('select count(*) as n from main.comments'),
			sourceUpToLast: count(`select count(*) as n from main.comments where id <= ${last}`),
			changedOrMissing: count(
				'select count(*) as n from (select * from copy.comments except select * from main.comments)'
			),
			areasDiffering: count(
				`select count(*) as n from copy.comments c where
					(select count(*) from copy.comment_declared_areas a where a.comment_id = c.id) !=
					(select count(*) from main.comment_declared_areas a where a.comment_id = c.id)`
			),
			areasChanged: count(
				`select count(*) as n from (select * from copy.comment_declared_areas
					except select * from main.comment_declared_areas)`
			),
			searchIndexed: count('select count(*) as n from copy.comments_fts'),
			acknowledgedMissing: acknowledgedBefore.filter((uuid) => !inCopy.has(uuid)).length
		};
	} finally {
		db.close();
	}
}
