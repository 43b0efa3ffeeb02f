import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import type { Database } from '../db/connect';
import { publicText } from '../services/redaction';
import { reportDocx } from '../services/report-docx';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { descendants, readDocx } from '../testing/docx-package';
import { consultationRow } from '../testing/report-docx';
import { NAUGHTY } from '../../../../tests/e2e/support/hostile-strings';
import { headerRow } from './columns';
import { writeOpinionsCsv } from './csv';
import { writeOpinionsXlsx } from './xlsx';

/** What a spreadsheet evaluates: a cell starting with one of these (OWASP, CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;
/** What XML 1.0 cannot hold, and the C1 controls nobody can see. */
const XML_ILLEGAL =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A stored text as a cell must hold it: an apostrophe before what would be a formula. */
const inertCell = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
const xmlSafe = (text: string) => text.replace(XML_ILLEGAL, '');

let db: Database;
let dir: string;
let consultationId: number;
let slug: string;
/** Stored as they came, past every intake schema: exports must hold whatever the table has. */
let stored: string[];

beforeAll(async () => {
	db = await createTestDb();
	dir = await mkdtemp(join(tmpdir(), 'glosy-hostile-'));
	const { consultation } = await makeCodebook(db);
	consultationId = consultation.id;
	slug = consultation.slug;
	for (const text of NAUGHTY.filter((t) => t !== ''))
		await makeOpinion(db, consultationId, { text });
	stored = (
		await db
			.selectFrom('comments')
			.select('text')
			.where('consultation_id', '=', consultationId)
			.execute()
	).map((row) => row.text);
});
afterAll(async () => {
	await db.destroy();
	await rm(dir, { recursive: true, force: true });
});

const job = (name: string) => ({ path: join(dir, name), progress: () => {} });
const ORIGINAL = headerRow('pl').indexOf('Treść (oryginał)');

describe('exports of naughty opinions', () => {
	it('writes no CSV cell a spreadsheet would evaluate, and every text exactly', async () => {
		await writeOpinionsCsv(db, consultationId, 'pl', job('out.csv'));
		const [, ...rows]: string[][] = parse(await readFile(join(dir, 'out.csv')), { bom: true });

		expect(rows.flat().filter((cell) => FORMULA.test(cell))).toEqual([]);
		expect(rows.map((row) => row[ORIGINAL]).sort()).toEqual(stored.map(inertCell).sort());
	});

	it('writes an XLSX of valid XML, no formula, every text a string cell', async () => {
		await writeOpinionsXlsx(db, consultationId, 'pl', job('out.xlsx'));
		const bytes = await readFile(join(dir, 'out.xlsx'));
		const sheetXml = strFromU8(unzipSync(new Uint8Array(bytes))['xl/worksheets/sheet1.xml']!);

		expect(sheetXml.match(XML_ILLEGAL)).toBeNull();
		// exceljs's reader decodes entities twice; the XML itself is what Excel reads.
		const sheet = xml2js(sheetXml, { compact: false, captureSpacesBetweenElements: true });
		const rows = [...descendants(sheet as Element, 'row')].slice(1).map((row) =>
			[...descendants(row, 'c')].map((cell) => ({
				column: String(cell.attributes?.r).replace(/\d+$/, ''),
				type: cell.attributes?.t,
				formula: [...descendants(cell, 'f')].length > 0,
				text: [...descendants(cell, 'v'), ...descendants(cell, 't')]
					.flatMap((node) => node.elements ?? [])
					.map((node) => String(node.text ?? ''))
					.join('')
			}))
		);
		const cells = rows.flat();
		expect(cells.filter((cell) => cell.formula)).toEqual([]);
		expect(cells.filter((cell) => FORMULA.test(cell.text))).toEqual([]);
		const original = String.fromCharCode(65 + ORIGINAL);
		const texts = rows.map((row) => row.find((cell) => cell.column === original));
		expect(texts.every((cell) => cell?.type === 'str' || cell?.type === 'inlineStr')).toBe(true);
		expect(texts.map((cell) => cell?.text).sort()).toEqual(
			stored.map((text) => inertCell(xmlSafe(text))).sort()
		);
	});

	it('writes the report DOCX as valid XML with each text as plain runs, no field', async () => {
		const docx = readDocx(await reportDocx(db, await consultationRow(db, slug), null));
		// Parsed again keeping text that is only blanks: an opinion may be a single space.
		const document = xml2js(docx.documentXml, {
			compact: false,
			captureSpacesBetweenElements: true
		}) as Element;

		expect(docx.documentXml).not.toMatch(/<w:(instrText|fldSimple|fldChar)[\s>]/);
		expect(docx.documentXml.match(XML_ILLEGAL)).toBeNull();
		const tableCells = [...descendants(document, 'w:tc')];
		expect(tableCells.filter((cell) => [...descendants(cell, 'w:hyperlink')].length)).toEqual([]);
		const cells = new Set(
			tableCells.map((cell) =>
				[...descendants(cell, 'w:t')]
					.flatMap((t) => t.elements ?? [])
					.map((node) => String(node.text ?? ''))
					.join('')
			)
		);
		const expected = stored.map((text) =>
			xmlSafe(publicText({ text, redacted_text: null, erased_at: null })).replace(/\r\n|\r|\n/g, '')
		);
		expect(expected.filter((text) => !cells.has(text))).toEqual([]);
	}, 60_000);
});

describe('exports of long runs of emoji', () => {
	// Writers that encode text a fixed number of UTF-16 units at a time split a surrogate pair
	// at some boundary; forty runs at every offset make sure one lies across each boundary.
	const runs = Array.from({ length: 40 }, (_, i) => `${'x'.repeat(i)}${'😀'.repeat(999)}`);
	let emojiConsultation: { id: number; slug: string };
	beforeAll(async () => {
		emojiConsultation = (await makeCodebook(db)).consultation;
		for (const text of runs) await makeOpinion(db, emojiConsultation.id, { text });
	});

	it('keeps every emoji in the XLSX', async () => {
		await writeOpinionsXlsx(db, emojiConsultation.id, 'pl', job('emoji.xlsx'));
		const files = unzipSync(new Uint8Array(await readFile(join(dir, 'emoji.xlsx'))));
		const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);

		expect(sheetXml).not.toContain('\ufffd');
		for (const text of runs) expect(sheetXml).toContain(text);
	});

	it('keeps every emoji in the CSV', async () => {
		await writeOpinionsCsv(db, emojiConsultation.id, 'pl', job('emoji.csv'));
		const csv = (await readFile(join(dir, 'emoji.csv'))).toString('utf8');

		expect(csv).not.toContain('\ufffd');
		for (const text of runs) expect(csv).toContain(text);
	});

	it('keeps every emoji in the DOCX', async () => {
		const consultation = await consultationRow(db, emojiConsultation.slug);
		const { documentXml } = readDocx(await reportDocx(db, consultation, null));

		expect(documentXml).not.toContain('\ufffd');
		for (const text of runs) expect(documentXml).toContain(text);
	}, 60_000);
});
