import { env } from '$env/dynamic/private';
import { openDatabase, type Database } from './connect';

export const DEFAULT_DATABASE_PATH = 'db/glosy.sqlite';

let instance: Database | undefined;

/** The app's one database, opened on first use (the server's init hook opens it at start). */
export function getDb(): Database {
	instance ??= openDatabase(env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
	return instance;
}

export type { Database } from './connect';
