import Sqlite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const ALL_PAGES = 0x7fffffff;

export interface BackupReport {
	destination: string;
	pages: number;
	integrity: string;
}

/**
 * A consistent copy of a live database through SQLite's online backup API. A write by another
 * connection between two backup steps restarts the copy, so under a steady stream of opinions
 * small steps would never finish: after the first step everything left goes in one step, inside
 * one read transaction, while the app's writers carry on in the WAL.
 * The copy is then opened on its own and checked, so a backup that cannot be restored says so now.
 */
export async function backupDatabase(source: string, destination: string): Promise<BackupReport> {
	mkdirSync(dirname(destination), { recursive: true });
	const sqlite = new Sqlite(source, { fileMustExist: true });
	try {
		sqlite.pragma('busy_timeout = 5000');
		const progress = await sqlite.backup(destination, { progress: () => ALL_PAGES });
		return { destination, pages: progress.totalPages, integrity: checkIntegrity(destination) };
	} finally {
		sqlite.close();
	}
}

export function checkIntegrity(path: string): string {
	const copy = new Sqlite(path, { readonly: true, fileMustExist: true });
	try {
		return String(copy.pragma('integrity_check', { simple: true }));
	} finally {
		copy.close();
	}
}

/** db/backups/glosy-2026-11-23T18-05-09Z.sqlite: sortable, and safe on every file system. */
export function defaultBackupPath(now: Date, folder = 'db/backups'): string {
	const stamp = now
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replaceAll(':', '-');
	return `${folder}/glosy-${stamp}.sqlite`;
}
