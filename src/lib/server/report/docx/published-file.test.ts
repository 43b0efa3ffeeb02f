import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect';
import { publishReport } from '../../services/report-publish';
import { createTestDb } from '../../testing/db';
import { makeDocxReport } from '../../testing/report-docx';
import { publishedDocx as sut } from './published-file';

let db: Database;
let dir: string;
let fixture: Awaited<ReturnType<typeof makeDocxReport>>;
let version: number;

beforeAll(async () => {
	db = await createTestDb();
	dir = mkdtempSync(join(tmpdir(), 'glosy-docx-'));
	fixture = await makeDocxReport(db);
	const published = await publishReport(db, null, fixture.consultation);
	if (!published.ok) throw new Error('fixture: not published');
	version = published.version;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publishedDocx', () => {
	it('builds a version once per language and serves the same file after', async () => {
		const [first, second] = await Promise.all([
			sut(db, dir, fixture.consultation, version, 'pl'),
			sut(db, dir, fixture.consultation, version, 'pl')
		]);
		const built = statSync(first!.path).mtimeMs;

		const again = await sut(db, dir, fixture.consultation, version, 'pl');

		expect(second).toEqual(first);
		expect(again).toEqual(first);
		expect(statSync(again!.path).mtimeMs).toBe(built);
		expect(readFileSync(first!.path).subarray(0, 2).toString()).toBe('PK');
		expect(first!.filename).toBe(`raport-${fixture.consultation.slug}-v${version}.docx`);
	});

	it('keeps an English file apart, and Ukrainian readers get the Polish one', async () => {
		const en = await sut(db, dir, fixture.consultation, version, 'en');
		const uk = await sut(db, dir, fixture.consultation, version, 'uk');
		const pl = await sut(db, dir, fixture.consultation, version, 'pl');

		expect(en!.path).not.toBe(pl!.path);
		expect(uk!.path).toBe(pl!.path);
	});

	it('is null for a version never published, and writes nothing', async () => {
		const before = readdirSync(dir).length;

		expect(await sut(db, dir, fixture.consultation, version + 5, 'pl')).toBeNull();
		expect(readdirSync(dir)).toHaveLength(before);
	});
});
