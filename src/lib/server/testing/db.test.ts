import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_MIGRATIONS, sql } from 'kysely';
import { migrations } from '../../../../db/migrations';
import type { Database } from '../db/connect';
import { migrator, schemaVersion } from '../db/migrator';
import { createTestDb } from './db';

describe('migrations', () => {
	let sut: Database;
	afterEach(async () => sut?.destroy());

	it('lists every migration file of db/migrations', () => {
		const files = readdirSync('db/migrations')
			.filter((f) => f !== 'index.ts' && f.endsWith('.ts'))
			.map((f) => f.replace(/\.ts$/, ''))
			.sort();
		expect(Object.keys(migrations).sort()).toEqual(files);
	});

	it('migrates an empty database to the latest version and reports it', async () => {
		sut = await createTestDb();
		expect(await schemaVersion(sut)).toBe(Object.keys(migrations).sort().at(-1));
		const tables = await sql<{
			name: string;
		}>`select name from sqlite_master where type = 'table'`.execute(sut);
		expect(tables.rows.map((r) => r.name)).toEqual(
			expect.arrayContaining([
				'users',
				'sessions',
				'consultations',
				'areas',
				'themes',
				'events',
				'meeting_tables',
				'comments',
				'audit_log',
				'devices'
			])
		);
	});

	it('migrates down to empty and up again', async () => {
		sut = await createTestDb();
		const down = await migrator(sut).migrateTo(NO_MIGRATIONS);
		expect(down.error).toBeUndefined();
		expect(await schemaVersion(sut)).toBeNull();
		const up = await migrator(sut).migrateToLatest();
		expect(up.error).toBeUndefined();
	});

	it('enforces foreign keys', async () => {
		sut = await createTestDb();
		await expect(
			sut.insertInto('areas').values({ consultation_id: 999, code: 1, name_pl: 'x' }).execute()
		).rejects.toThrow(/FOREIGN KEY/);
	});
});
