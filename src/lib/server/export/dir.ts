import { dirname, join, resolve } from 'node:path';
import { env } from '$env/dynamic/private';
import { DEFAULT_DATABASE_PATH } from '../db';

/** GLOSY_EXPORT_DIR, else an `exports` folder beside the database file. */
export function exportDir(): string {
	const configured = env.GLOSY_EXPORT_DIR;
	if (configured) return resolve(configured);
	return resolve(join(dirname(env.DATABASE_PATH || DEFAULT_DATABASE_PATH), 'exports'));
}
