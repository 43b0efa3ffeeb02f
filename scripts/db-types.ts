/** Regenerates src/lib/server/db/schema.gen.ts from a freshly migrated database. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateToLatest } from '../src/lib/server/db/migrator';

const dir = mkdtempSync(join(tmpdir(), 'glosy-types-'));
const file = join(dir, 'schema.sqlite');
try {
	const db = openDatabase(file);
	await migrateToLatest(db);
	await db.destroy();
	execFileSync(
		'node_modules/.bin/kysely-codegen',
		[
			'--dialect=sqlite',
			`--url=${file}`,
			'--out-file=src/lib/server/db/schema.gen.ts',
			'--exclude-pattern={kysely_*,comments_fts_*}'
		],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
