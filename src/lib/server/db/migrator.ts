import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { migrations } from '../../../../db/migrations';
import type { Database } from './connect';

class ListedMigrations implements MigrationProvider {
	constructor(private readonly list: Record<string, Migration>) {}
	getMigrations(): Promise<Record<string, Migration>> {
		return Promise.resolve(this.list);
	}
}

export function migrator(db: Database, list: Record<string, Migration> = migrations): Migrator {
	return new Migrator({ db, provider: new ListedMigrations(list) });
}

export async function migrateToLatest(db: Database): Promise<string[]> {
	const { error, results } = await migrator(db).migrateToLatest();
	if (error instanceof Error) throw error;
	if (error) throw new Error(`Migration failed: ${JSON.stringify(error)}`);
	return (results ?? []).map((r) => r.migrationName);
}

/** The name of the newest applied migration: the schema version /healthz reports. */
export async function schemaVersion(db: Database): Promise<string | null> {
	const applied = (await migrator(db).getMigrations()).filter((m) => m.executedAt);
	return applied.at(-1)?.name ?? null;
}
