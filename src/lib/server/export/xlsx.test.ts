import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { headerRow } from './columns';
import { EMAIL, TEXTS, makeExportFixture } from './test-fixture';
import { warsawWallClock, writeOpinionsXlsx as sut } from './xlsx';

let db: Database;
let dir: string;
let fixture: Awaited<ReturnType<typeof makeExportFixture>>;

beforeEach(async () => {
	db = await createTestDb();
	dir = await mkdtemp(join(tmpdir(), 'glosy-xlsx-'));
	fixture = await makeExportFixture(db);
});
afterEach(async () => {
	await db.destroy();
	await rm(dir, { recursive: true, force: true });
});

async function exported() {
	const path = join(dir, 'out.xlsx');
	const ticks: [number, number][] = [];
	await sut(db, fixture.consultation.id, 'pl', {
		path,
		progress: (done, total) => ticks.push([done, total])
	});
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(path);
	const sheet = workbook.worksheets[0]!;
	const header = headerRow('pl');
	const cell = (row: number, name: string) =>
		sheet.getRow(row + 2).getCell(header.indexOf(name) + 1);
	return { sheet, cell, ticks };
}

describe('writeOpinionsXlsx', () => {
	it('writes a frozen, filterable header and one row per opinion', async () => {
		const { sheet, ticks } = await exported();

		expect(sheet.name).toBe('Uwagi');
		expect(sheet.getRow(1).values).toEqual([undefined, ...headerRow('pl')]);
		expect(sheet.getRow(1).font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.autoFilter).toBe('A1:Y8');
		expect(sheet.getColumn(13).width).toBe(60);
		expect(sheet.rowCount).toBe(fixture.count + 1);
		expect(ticks.at(-1)).toEqual([fixture.count, fixture.count]);
	});

	it('round-trips Polish text, quotes, commas and newlines as strings', async () => {
		const { cell } = await exported();

		expect(cell(0, 'Treść (oryginał)').value).toBe(TEXTS.polish);
		expect(cell(1, 'Treść (oryginał)').value).toBe(TEXTS.tricky.replace('\r\n', '\n'));
		expect(cell(0, 'Treść (oryginał)').type).toBe(ExcelJS.ValueType.String);
	});

	it('neutralises formulas and never writes one', async () => {
		const { sheet, cell } = await exported();

		expect(cell(2, 'Treść (oryginał)').value).toBe(`'${TEXTS.formula}`);
		expect(cell(3, 'Treść (oryginał)').value).toBe(`'${TEXTS.plus}`);
		expect(cell(4, 'Treść (oryginał)').value).toBe(`'${TEXTS.at}`);
		expect(cell(5, 'Treść (oryginał)').value).toBe(`'${TEXTS.minus}`);
		expect(cell(0, 'Uzasadnienie').value).toBe("'=Uwzględniamy w 2019 r.");
		const types = new Set<ExcelJS.ValueType>();
		sheet.eachRow((row) => row.eachCell((c) => types.add(c.type)));
		expect(types.has(ExcelJS.ValueType.Formula)).toBe(false);
	});

	it('writes instants as real dates on the Warsaw clock, ids as numbers', async () => {
		const { sheet, cell } = await exported();

		expect(cell(0, 'Data wpływu').value).toEqual(new Date('2018-05-29T17:01:00.000Z'));
		expect(cell(0, 'Data wpływu').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
		expect(cell(0, 'ID').value).toBe(fixture.ids.coded);
		expect(cell(1, 'Data wysłania').value).toBeNull();
		const texts: string[] = [];
		sheet.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
		expect(texts.join('\n')).not.toContain(EMAIL);
		expect(texts.join('\n')).not.toContain(fixture.receipt);
	});
});

describe('warsawWallClock', () => {
	it('follows summer and winter time', () => {
		expect(warsawWallClock('2018-05-29T15:30:00.000Z')).toEqual(new Date('2018-05-29T17:30:00Z'));
		expect(warsawWallClock('2018-12-01T23:30:00.000Z')).toEqual(new Date('2018-12-02T00:30:00Z'));
	});
});
