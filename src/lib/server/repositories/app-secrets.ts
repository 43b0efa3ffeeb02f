import type { Database } from '../db/connect';

/** A secret the migrations created; its absence is a broken install, not a user error. */
export async function findSecret(db: Database, name: string): Promise<string> {
	const row = await db
		.selectFrom('app_secrets')
		.select('value')
		.where('name', '=', name)
		.executeTakeFirst();
	if (!row) throw new Error(`The app secret „${name}” is missing; run the migrations`);
	return row.value;
}
