import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { headerRow } from './columns';
import { writeOpinionsCsv as sut } from './csv';
import { EMAIL, TEXTS, makeExportFixture } from './test-fixture';

let db: Database;
let dir: string;
let fixture: Awaited<ReturnType<typeof makeExportFixture>>;

beforeEach(async () => {
	db = await createTestDb();
	dir = await mkdtemp(join(tmpdir(), 'glosy-csv-'));
	fixture = await makeExportFixture(db);
});
afterEach(async () => {
	await db.destroy();
	await rm(dir, { recursive: true, force: true });
});

async function exported(locale: 'pl' | 'en' = 'pl') {
	const path = join(dir, 'out.csv');
	const ticks: [number, number][] = [];
	await sut(db, fixture.consultation.id, locale, {
		path,
		progress: (done, total) => ticks.push([done, total])
	});
	const bytes = await readFile(path);
	const [header, ...rows] = parse(bytes, { bom: true } as const);
	const byHeader = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
	return { bytes, text: bytes.toString('utf8'), header: header!, rows: byHeader, ticks };
}

describe('writeOpinionsCsv', () => {
	it('writes UTF-8 with a BOM, commas and CRLF, one line per opinion of every state', async () => {
		const { bytes, text, header, rows, ticks } = await exported();

		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text).toContain('ID,UUID,Data wpływu,Data wysłania,Kanał,');
		expect(text.split('\r\n')[0]).toBe(`\ufeff${headerRow('pl').join(',')}`);
		expect(header).toEqual(headerRow('pl'));
		expect(rows).toHaveLength(fixture.count);
		expect(rows.map((r) => r['Stan'])).toEqual([
			'zakodowana',
			'czeka na kodowanie',
			'wykluczona',
			'wykluczona',
			'podzielona',
			'czeka na kodowanie',
			'czeka na kodowanie'
		]);
		expect(ticks.at(-1)).toEqual([fixture.count, fixture.count]);
	});

	it('round-trips Polish text, quotes, commas and newlines exactly', async () => {
		const { rows } = await exported();

		expect(rows[0]!['Treść (oryginał)']).toBe(TEXTS.polish);
		expect(rows[1]!['Treść (oryginał)']).toBe(TEXTS.tricky);
		expect(rows[1]!['Treść publiczna (zanonimizowana)']).toBe(TEXTS.tricky);
	});

	it('neutralises formulas in texts and in the justification', async () => {
		const { rows } = await exported();

		expect(rows[2]!['Treść (oryginał)']).toBe(`'${TEXTS.formula}`);
		expect(rows[3]!['Treść (oryginał)']).toBe(`'${TEXTS.plus}`);
		expect(rows[4]!['Treść (oryginał)']).toBe(`'${TEXTS.at}`);
		expect(rows[5]!['Treść (oryginał)']).toBe(`'${TEXTS.minus}`);
		expect(rows[0]!['Uzasadnienie']).toBe("'=Uwzględniamy w 2019 r.");
	});

	it('carries provenance, coding and response, and no contact or receipt code', async () => {
		const { text, rows } = await exported();

		expect(rows[0]).toMatchObject({
			ID: String(fixture.ids.coded),
			'Data wpływu': '2018-05-29T15:01:00.000Z',
			'Data wysłania': '2018-05-29T15:00:30.000Z',
			Wydarzenie: 'Dzień Sąsiada na Skwerze',
			Stolik: 'Stolik 1',
			Pytanie: 'Czym jest wspólnota?',
			Dzielnica: 'Bielany',
			'Obszary (numery)': '1; 2',
			Tematy: 'Pikniki sąsiedzkie',
			Stanowisko: 'Uwzględniona',
			'Data kodowania': '2018-06-02T09:00:00.000Z'
		});
		expect(rows[0]!['Kodował(a)']).toMatch(/^User \d+$/);
		expect(rows[2]!['Powód wykluczenia']).not.toBe('');
		expect(rows[3]!['Duplikat opinii (ID)']).toBe(String(fixture.ids.tricky));
		expect(rows[5]!['Część opinii (ID)']).toBe(String(fixture.ids.original));
		expect(rows[6]!['Treść publiczna (zanonimizowana)']).toBe('Druga część: telefon [telefon].');
		expect(text).not.toContain(EMAIL);
		expect(text).not.toContain(fixture.receipt);
	});

	it('heads the columns in the requester’s language', async () => {
		const { header, rows } = await exported('en');

		expect(header.slice(0, 5)).toEqual(['ID', 'UUID', 'Received at', 'Submitted at', 'Channel']);
		expect(rows[0]!['State']).toBe('coded');
	});
});
