import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connect';
import { migrateToLatest } from './migrator';
import * as sut from './backup';

let folder: string;
let source: string;
let db: Database;

beforeEach(async () => {
	folder = mkdtempSync(join(tmpdir(), 'glosy-backup-'));
	source = join(folder, 'live.sqlite');
	db = openDatabase(source);
	await migrateToLatest(db);
	await db.insertInto('consultations').values({ slug: 'wspolnota', title: 'Wspólnota' }).execute();
});
afterEach(async () => {
	await db.destroy();
	rmSync(folder, { recursive: true, force: true });
});

const opinion = (i: number) => ({
	uuid: crypto.randomUUID(),
	consultation_id: 1,
	channel: 'online' as const,
	text: `Opinia ${i}: więcej ławek i zieleni przy Nowolipiu. `.repeat(20)
});

describe('backupDatabase', () => {
	it('makes a copy that opens, passes integrity_check and holds what was written before it', async () => {
		// One transaction: 2000 commits, each synced to disk, would time the disk, not the backup.
		await db.transaction().execute(async (tx) => {
			for (let i = 0; i < 2000; i++) await tx.insertInto('comments').values(opinion(i)).execute();
		});
		let writing = true;
		let written = 2000;
		const writer = (async () => {
			while (writing) {
				await db.insertInto('comments').values(opinion(written++)).execute();
				await new Promise((resolve) => setImmediate(resolve));
			}
		})();

		const report = await sut.backupDatabase(source, join(folder, 'copy.sqlite'));
		writing = false;
		await writer;

		expect(report.integrity).toBe('ok');
		const copy = new Sqlite(report.destination, { readonly: true });
		const rows = copy.prepare('select id, uuid, text from comments order by id').all() as {
			id: number;
		}[];
		copy.close();
		expect(rows.length).toBeGreaterThanOrEqual(2000);
		const live = await db
			.selectFrom('comments')
			.select(['id', 'uuid', 'text'])
			.where('id', '<=', rows.length)
			.orderBy('id')
			.execute();
		expect(rows).toEqual(live);
		// Each of the writer's commits waits for the disk, which a busy machine makes slow.
	}, 20_000);

	it('restores: the copy migrates as up to date and serves reads', async () => {
		await db.insertInto('comments').values(opinion(1)).execute();
		const report = await sut.backupDatabase(source, join(folder, 'nested', 'copy.sqlite'));

		const restored = openDatabase(report.destination);
		expect(await migrateToLatest(restored)).toEqual([]);
		const count = await restored
			.selectFrom('comments')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		await restored.destroy();
		expect(Number(count.n)).toBe(1);
	});

	it('refuses a source that does not exist instead of backing up an empty file', async () => {
		await expect(
			sut.backupDatabase(join(folder, 'missing.sqlite'), join(folder, 'x.sqlite'))
		).rejects.toThrow();
	});
});

describe('defaultBackupPath', () => {
	it('names the copy by its UTC time without colons', () => {
		expect(sut.defaultBackupPath(new Date('2026-11-23T18:05:09.123Z'))).toBe(
			'db/backups/glosy-2026-11-23T18-05-09Z.sqlite'
		);
	});
});
