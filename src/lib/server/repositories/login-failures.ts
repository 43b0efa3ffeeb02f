import type { Database } from '../db/connect';

export function failuresSince(db: Database, key: string, since: Date) {
	return db
		.selectFrom('login_failures')
		.select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
		.where('key', '=', key)
		.where('at', '>=', since.toISOString())
		.executeTakeFirstOrThrow();
}

export async function insertFailures(db: Database, keys: string[], at: Date) {
	await db
		.insertInto('login_failures')
		.values(keys.map((key) => ({ key, at: at.toISOString() })))
		.execute();
}

export async function deleteFailures(db: Database, key: string) {
	await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

/**
 * Rows older than `before`, at most `batch` of the oldest a call. Rows go in in time order, so
 * the lowest ids are the stale ones: reading them by id spares a scan of the whole table (there
 * is no index on `at` alone) on every hit, while each call still removes more than a hit adds.
 */
export async function deleteFailuresBefore(db: Database, before: Date, batch = 100) {
	await db
		.deleteFrom('login_failures')
		.where('at', '<', before.toISOString())
		.where('id', 'in', (eb) =>
			eb.selectFrom('login_failures').select('id').orderBy('id').limit(batch)
		)
		.execute();
}
