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

export async function deleteFailuresBefore(db: Database, before: Date) {
	await db.deleteFrom('login_failures').where('at', '<', before.toISOString()).execute();
}
