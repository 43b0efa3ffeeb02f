import { mkdtemp, rm } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { findConsultationBySlug } from '../repositories/consultations';
import { loadPublishedReport, publishReport } from '../services/report-publish';
import { createTestDb } from '../testing/db';
import { unwrap } from '../testing/factories';
import { openDataZip as sut } from './open-data';
import { OPEN_DATA_COLUMNS } from './open-data-readme';
import { TEXTS, makeExportFixture } from './test-fixture';

const URL = 'https://glosy.example/konsultacje/x/raport/1';

let db: Database;
let dir: string;
let fixture: Awaited<ReturnType<typeof makeExportFixture>>;

beforeEach(async () => {
	db = await createTestDb();
	dir = await mkdtemp(join(tmpdir(), 'glosy-open-'));
	fixture = await makeExportFixture(db);
	const consultation = (await findConsultationBySlug(db, fixture.consultation.slug))!;
	unwrap(await publishReport(db, fixture.analyst.id, consultation));
});
afterEach(async () => {
	await db.destroy();
	await rm(dir, { recursive: true, force: true });
});

async function bundle(version = 1) {
	const file = (await sut(db, dir, fixture.consultation, version, URL))!;
	const files = unzipSync(await readFile(file.path));
	return { file, files, text: (name: string) => strFromU8(files[name]!) };
}

describe('openDataZip', () => {
	it('holds the stored snapshot, the redacted opinions and a README', async () => {
		const { file, files, text } = await bundle();

		expect(file.filename).toBe(`raport-${fixture.consultation.slug}-v1-dane.zip`);
		expect(Object.keys(files).sort()).toEqual(['README.md', 'opinions.csv', 'report.json']);
		const stored = await db
			.selectFrom('report_versions')
			.select('snapshot_json')
			.executeTakeFirstOrThrow();
		expect(text('report.json')).toBe(stored.snapshot_json);
		expect(JSON.parse(text('report.json'))).toEqual(
			(await loadPublishedReport(db, fixture.consultation.id, 1))!.snapshot
		);
	});

	it('lists the counted opinions with their public text, neutralised, under a BOM', async () => {
		const { files, text } = await bundle();

		expect([...files['opinions.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parse(text('opinions.csv'), { bom: true } as const);
		expect(header).toEqual(OPEN_DATA_COLUMNS.map(([name]) => name));
		const texts = rows.map((row) => row[header!.indexOf('text')]);
		expect(texts).toEqual([
			TEXTS.polish,
			TEXTS.tricky,
			`'${TEXTS.minus}`,
			'Druga część: telefon [telefon].'
		]);
		expect(rows[0]![header!.indexOf('area_codes')]).toBe('1; 2');
		expect(rows[0]![header!.indexOf('response_status')]).toBe('accepted');
		expect(text('opinions.csv')).not.toContain('600 700 800');
	});

	it('describes every column and the version in a Polish README with an English summary', async () => {
		const { text } = await bundle();
		const readme = text('README.md');

		for (const [name] of OPEN_DATA_COLUMNS) expect(readme).toContain(`| \`${name}\` |`);
		expect(readme).toContain('Wersja raportu: 1');
		expect(readme).toContain('Licencja: do uzupełnienia przez urząd');
		expect(readme).toContain(`Raport: ${URL}`);
		expect(readme).toContain('## English summary');
		expect(readme).toMatch(/Data publikacji: \d{1,2} \p{L}+ \d{4} r\./u);
	});

	it('is built once: later changes to the database do not alter the served file', async () => {
		const first = await bundle();
		await db.updateTable('report_opinions').set({ text: 'zmienione' }).execute();

		const again = await bundle();

		expect(again.text('opinions.csv')).toBe(first.text('opinions.csv'));
	});

	it('gives null for a version that was never published', async () => {
		expect(await sut(db, dir, fixture.consultation, 2, URL)).toBeNull();
	});
});
