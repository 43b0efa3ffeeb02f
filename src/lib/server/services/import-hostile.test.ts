import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeConsultation, makeUser } from '../testing/factories';
import {
	BINARY_CONTROL,
	expectedOpinion,
	mailBody,
	mayLookLikeReply,
	NAUGHTY,
	normalisedOpinion,
	RECORDED_LIMIT
} from '../../../../tests/e2e/support/hostile-strings';
import { importMail } from './mail-import';
import { importTable, saveUpload } from './table-import';

let db: Database;
let consultationId: number;
let userId: number;
beforeAll(async () => {
	db = await createTestDb();
	consultationId = (await makeConsultation(db, { status: 'open' })).id;
	userId = (await makeUser(db, 'analyst')).id;
});
afterAll(() => db.destroy());

const textsOfBatch = async (batchId: number) =>
	(
		await db
			.selectFrom('comments')
			.select('text')
			.where('import_batch_id', '=', batchId)
			.orderBy('id')
			.execute()
	).map((row) => row.text);

// Excel itself never writes these into a cell; exceljs does, and the file is then no valid XML.
const XML_ILLEGAL =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function workbookOf(texts: readonly string[]) {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Karty');
	sheet.addRow(['Treść']);
	for (const text of texts) sheet.addRow([text]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function importFile(filename: string, bytes: Uint8Array) {
	const saved = await saveUpload(db, { consultationId, userId, filename, bytes });
	if (!saved.ok) return { refused: saved.error.code };
	const key = { id: saved.id, consultationId, userId };
	const result = await importTable(db, {
		key,
		mapping: { text: 0 },
		channel: 'paper',
		eventId: null
	});
	if (!result.ok)
		return { refused: result.error === 'rows' ? result.errors[0]?.code : result.error };
	return { texts: await textsOfBatch(result.batchId) };
}

describe('table import under the naughty strings', () => {
	it('imports each string in a CSV as its normalisation, or refuses the file', async () => {
		const wrong: unknown[] = [];
		for (const text of NAUGHTY) {
			const csv = new TextEncoder().encode(stringify([['Treść'], [text]]));
			const outcome = await importFile('karty.csv', csv);
			const expected = expectedOpinion(text, RECORDED_LIMIT);
			const fine = BINARY_CONTROL.test(text.replace(/[\t\r\n]/g, ''))
				? outcome.refused === 'not_table'
				: expected.accepted
					? outcome.texts?.length === 1 && outcome.texts[0] === expected.text
					: ['no_rows', 'empty_text'].includes(outcome.refused ?? '');
			if (!fine) wrong.push({ text, outcome });
		}
		expect(wrong).toEqual([]);
	}, 60_000);

	it('imports every string an XLSX cell can hold, in one workbook, as its normalisation', async () => {
		const kept = NAUGHTY.filter(
			(text) => !XML_ILLEGAL.test(text) && expectedOpinion(text, RECORDED_LIMIT).accepted
		);
		expect(kept.length).toBeGreaterThan(470);

		const outcome = await importFile('karty.xlsx', await workbookOf(kept));

		expect(outcome).toEqual({ texts: kept.map(normalisedOpinion) });
	}, 60_000);

	it('imports a cell XML 1.0 cannot hold as its normalisation, or refuses the file as no table', async () => {
		for (const text of NAUGHTY.filter((t) => XML_ILLEGAL.test(t))) {
			const expected = expectedOpinion(text, RECORDED_LIMIT);
			const outcome = await importFile('karty.xlsx', await workbookOf([text]));
			if (outcome.refused !== 'not_table') {
				expect(outcome).toEqual(
					expected.accepted ? { texts: [expected.text] } : { refused: 'empty_text' }
				);
			}
		}
	});

	it('keeps a naughty file name, cut to 255 characters', async () => {
		const csv = new TextEncoder().encode('Treść\nŁawki\n');
		for (const name of NAUGHTY) {
			const saved = await saveUpload(db, { consultationId, userId, filename: name, bytes: csv });
			expect(saved.ok).toBe(true);
		}
	});
});

const eml = (id: number, subject: string, body: string) =>
	[
		'From: Mieszkanka <mieszkanka@example.org>',
		'To: wspolnota@um.warszawa.pl',
		`Message-ID: <hostile-${id}@example.org>`,
		'Date: Tue, 4 Jun 2024 09:15:00 +0200',
		`Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=utf-8',
		'Content-Transfer-Encoding: base64',
		'',
		Buffer.from(body).toString('base64'),
		''
	].join('\r\n');

describe('e-mail import under the naughty strings', () => {
	it('imports each string as a mail body, as the mail rule and the normalisation make it', async () => {
		const wrong: unknown[] = [];
		for (const [i, text] of NAUGHTY.entries()) {
			const file = { name: 'list.eml', bytes: Buffer.from(eml(i, 'Opinia', text)) };
			const result = await importMail(db, { consultationId, userId, files: [file] });
			const own = mailBody(text);
			const expected = expectedOpinion(own.trim() === '' ? 'Opinia' : own, RECORDED_LIMIT);
			if (!result.ok) {
				if (expected.accepted) wrong.push({ text, problems: result.problems });
				continue;
			}
			const [stored = ''] = await textsOfBatch(result.batchId);
			if (mayLookLikeReply(text)) {
				// The reply stripper may take lines away, never add to or change the ones it keeps.
				const lines = normalisedOpinion(text).split('\n');
				if (!stored.split('\n').every((line) => lines.some((l) => l.includes(line)))) {
					if (stored !== 'Opinia') wrong.push({ text, stored });
				}
			} else if (!expected.accepted || stored !== expected.text) {
				wrong.push({ text, stored, expected });
			}
		}
		expect(wrong).toEqual([]);
	}, 60_000);

	it('imports each string as the subject of an empty mail', async () => {
		const wrong: unknown[] = [];
		for (const [i, subject] of NAUGHTY.entries()) {
			const file = { name: subject, bytes: Buffer.from(eml(10_000 + i, subject, '')) };
			const result = await importMail(db, { consultationId, userId, files: [file] });
			const expected = expectedOpinion(subject, RECORDED_LIMIT);
			if (!result.ok) {
				if (expected.accepted) wrong.push({ subject, problems: result.problems });
				continue;
			}
			const [stored] = await textsOfBatch(result.batchId);
			if (!expected.accepted || stored !== expected.text) wrong.push({ subject, stored });
		}
		expect(wrong).toEqual([]);
	}, 60_000);
});
