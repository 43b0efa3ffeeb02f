import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { countRows, makeArea, makeConsultation, makeEvent, makeUser } from '../testing/factories';
import { encodeWindows1250 } from '../import/table/windows-1250';
import * as sut from './table-import';

let db: Database;
let consultationId: number;
let userId: number;
beforeEach(async () => {
	db = await createTestDb();
	consultationId = (await makeConsultation(db, { status: 'open' })).id;
	userId = (await makeUser(db, 'analyst')).id;
});
afterEach(() => db.destroy());

const utf8 = (text: string) => new TextEncoder().encode(text);
const now = new Date('2026-06-05T10:00:00Z');

async function upload(bytes: Uint8Array, filename = 'karty.csv', at = now) {
	const saved = await sut.saveUpload(db, { consultationId, userId, filename, bytes }, at);
	if (!saved.ok) throw new Error(`upload refused: ${saved.error.code}`);
	return { id: saved.id, consultationId, userId };
}

describe('saveUpload', () => {
	it('keeps a readable file under an unguessable id', async () => {
		const key = await upload(utf8('Treść\nŁawki\n'));

		expect(key.id).toMatch(/^[a-z2-7]{32}$/);
		expect(await countRows(db, 'import_uploads')).toBe(1);
	});

	it.each([
		[
			'a PNG named .csv',
			Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
			'karty.csv',
			'not_table'
		],
		['a CSV named .xlsx', utf8('Treść\nŁawki\n'), 'karty.xlsx', 'not_table'],
		['an empty file', new Uint8Array(), 'karty.csv', 'empty_file'],
		['a header alone', utf8('Treść;Wiek\n'), 'karty.csv', 'no_rows']
	])('refuses %s and keeps nothing', async (_name, bytes, filename, code) => {
		const saved = await sut.saveUpload(db, { consultationId, userId, filename, bytes }, now);

		expect(saved).toEqual({ ok: false, error: { code } });
		expect(await countRows(db, 'import_uploads')).toBe(0);
	});

	it('purges uploads older than a day', async () => {
		const old = await upload(utf8('Treść\nStare\n'), 'stare.csv', new Date('2026-06-01T10:00:00Z'));
		await upload(utf8('Treść\nNowe\n'));

		expect(await sut.openUpload(db, old, now)).toBeUndefined();
		expect(await countRows(db, 'import_uploads')).toBe(1);
	});
});

describe('openUpload', () => {
	it('opens an upload only for its owner in its consultation', async () => {
		const key = await upload(utf8('Treść\nŁawki\n'));
		const other = await makeUser(db, 'analyst');
		const elsewhere = await makeConsultation(db);

		expect(await sut.openUpload(db, key, now)).toMatchObject({ filename: 'karty.csv' });
		expect(await sut.openUpload(db, { ...key, userId: other.id }, now)).toBeUndefined();
		expect(await sut.openUpload(db, { ...key, consultationId: elsewhere.id }, now)).toBeUndefined();
	});
});

describe('previewTable', () => {
	it('shows the headers, the guessed mapping, the row count and the first rows as stored', async () => {
		const rows = Array.from({ length: 12 }, (_, i) => `Opinia ${i + 1};praga poludnie`);
		const key = await upload(utf8(['Treść;Dzielnica', ...rows].join('\n')));

		const opened = await sut.openUpload(db, key, now);
		if (!opened) throw new Error('upload not found');

		const preview = await sut.previewTable(db, consultationId, opened, undefined, now);

		expect(preview).toMatchObject({
			headers: ['Treść', 'Dzielnica'],
			rowCount: 12,
			mapping: { text: 0, district: 1 }
		});
		expect(preview?.rows).toHaveLength(sut.PREVIEW_ROWS);
		expect(preview?.rows[0]).toMatchObject({
			value: { line: 2, text: 'Opinia 1', district: 'praga-poludnie' },
			errors: []
		});
	});
});

describe('importTable', () => {
	const polish1250 = encodeWindows1250(
		'Treść;Dzielnica;Obszar;Data\nZażółć gęślą jaźń;Wola;1, 2;29.05.2018\n'
	);

	it('stores every row with its provenance, one batch and one audit entry without texts', async () => {
		const areas = [
			await makeArea(db, consultationId, { code: 1 }),
			await makeArea(db, consultationId, { code: 2 })
		];
		const event = await makeEvent(db, consultationId);
		const key = await upload(polish1250);

		const result = await sut.importTable(
			db,
			{
				key,
				mapping: { text: 0, district: 1, areas: 2, submitted_on: 3 },
				channel: 'paper',
				eventId: event.id
			},
			now
		);

		expect(result).toMatchObject({ ok: true, count: 1 });
		const comment = await db.selectFrom('comments').selectAll().executeTakeFirstOrThrow();
		expect(comment).toMatchObject({
			text: 'Zażółć gęślą jaźń',
			channel: 'paper',
			event_id: event.id,
			district: 'wola',
			submitted_at: '2018-05-29',
			entered_by_user_id: userId,
			import_batch_id: result.ok ? result.batchId : -1
		});
		const declared = await db.selectFrom('comment_declared_areas').select('area_id').execute();
		expect(declared.map((d) => d.area_id).sort()).toEqual(areas.map((a) => a.id).sort());
		const batch = await db.selectFrom('import_batches').selectAll().executeTakeFirstOrThrow();
		expect(batch).toMatchObject({
			kind: 'table',
			filename: 'karty.csv',
			row_count: 1,
			created_by: userId
		});
		const audit = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', '=', 'import.table')
			.execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]?.after_json).not.toContain('Zażółć');
	});

	it('reads an XLSX workbook the same way', async () => {
		const book = new ExcelJS.Workbook();
		const sheet = book.addWorksheet('Karty');
		sheet.addRow(['Opinia', 'Data', 'Wiek']);
		sheet.addRow(['Więcej ławek', new Date(Date.UTC(2018, 4, 29)), '60–74']);
		const key = await upload(new Uint8Array(await book.xlsx.writeBuffer()), 'karty.xlsx');

		const result = await sut.importTable(
			db,
			{ key, mapping: { text: 0, submitted_on: 1, age_band: 2 }, channel: 'import', eventId: null },
			now
		);

		expect(result).toMatchObject({ ok: true, count: 1 });
		const comment = await db.selectFrom('comments').selectAll().executeTakeFirstOrThrow();
		expect(comment).toMatchObject({
			text: 'Więcej ławek',
			submitted_at: '2018-05-29',
			age_band: '60-74',
			channel: 'import'
		});
	});

	it('stores nothing when one row is bad, and reports it by row and column', async () => {
		const key = await upload(utf8('Treść;Wiek\nDobra opinia;30-44\n;30-44\nTrzecia;60-75\n'));

		const result = await sut.importTable(
			db,
			{ key, mapping: { text: 0, age_band: 1 }, channel: 'paper', eventId: null },
			now
		);

		expect(result).toEqual({
			ok: false,
			error: 'rows',
			errorCount: 2,
			errors: [
				{ row: 3, column: 'Treść', field: 'text', code: 'empty_text' },
				{ row: 4, column: 'Wiek', field: 'age_band', code: 'unknown_age_band' }
			]
		});
		expect(await countRows(db, 'comments')).toBe(0);
		expect(await countRows(db, 'import_batches')).toBe(0);
		expect(await sut.openUpload(db, key, now)).toBeDefined();
	});

	it('rolls back every row when storing fails halfway', async () => {
		const key = await upload(utf8('Treść\nPierwsza\nDruga\n'));
		await sql`create temp trigger refuse_second before insert on comments
			when new.text = 'Druga' begin select raise(abort, 'refused'); end`.execute(db);

		await expect(
			sut.importTable(db, { key, mapping: { text: 0 }, channel: 'paper', eventId: null }, now)
		).rejects.toThrow('refused');

		expect(await countRows(db, 'comments')).toBe(0);
		expect(await countRows(db, 'import_batches')).toBe(0);
		expect(await sut.openUpload(db, key, now)).toBeDefined();
	});

	it('imports an upload once: a second import finds it gone', async () => {
		const key = await upload(utf8('Treść\nRaz\n'));
		const request = { key, mapping: { text: 0 }, channel: 'paper' as const, eventId: null };

		expect(await sut.importTable(db, request, now)).toMatchObject({ ok: true });
		expect(await sut.importTable(db, request, now)).toEqual({ ok: false, error: 'gone' });
		expect(await countRows(db, 'comments')).toBe(1);
	});

	it('refuses an event of another consultation', async () => {
		const elsewhere = await makeConsultation(db);
		const event = await makeEvent(db, elsewhere.id);
		const key = await upload(utf8('Treść\nRaz\n'));

		const result = await sut.importTable(
			db,
			{ key, mapping: { text: 0 }, channel: 'paper', eventId: event.id },
			now
		);

		expect(result).toEqual({ ok: false, error: 'unknown_event' });
		expect(await countRows(db, 'comments')).toBe(0);
	});
});
