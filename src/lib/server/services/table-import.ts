import { generateToken } from '../auth/tokens';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import type { ImportChannel } from '../import/table/options';
import { guessMapping, type ColumnMapping } from '../import/table/mapping';
import { readTable, tableFormat } from '../import/table/read';
import { validateRow, validateRows, type ImportRow, type RowError } from '../import/table/rows';
import type { FileError } from '../import/table/table';
import { recordAudit } from '../repositories/audit';
import { listAreas } from '../repositories/codebook';
import { findEvent } from '../repositories/events';
import {
	deleteUpload,
	findUpload,
	insertUpload,
	purgeUploadsBefore,
	type UploadKey
} from '../repositories/import-uploads';
import { insertImportBatch } from '../repositories/imports';
import { storeOpinions } from './intake';

const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const PREVIEW_ROWS = 10;

const expiryCutoff = (now: Date) => new Date(now.getTime() - UPLOAD_LIFETIME_MS).toISOString();
/** Cards are dated in Warsaw: just after midnight there it is already the next day. */
const warsawToday = (now: Date) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(now);

export interface UploadInput {
	consultationId: number;
	userId: number;
	filename: string;
	bytes: Uint8Array;
}

/**
 * Keeps a readable table file until it is mapped and imported; a file that is no table, or has
 * no rows, is refused at once. Each upload purges the ones a day old.
 */
export async function saveUpload(
	db: Database,
	input: UploadInput,
	now = new Date()
): Promise<{ ok: true; id: string } | { ok: false; error: FileError }> {
	const format = tableFormat(input.filename);
	const read = await readTable(format, input.bytes);
	if (!read.ok) return read;
	await purgeUploadsBefore(db, expiryCutoff(now));
	const id = generateToken();
	await insertUpload(db, {
		id,
		consultation_id: input.consultationId,
		user_id: input.userId,
		filename: input.filename.slice(0, 255),
		format,
		content: Buffer.from(input.bytes),
		created_at: now.toISOString()
	});
	return { ok: true, id };
}

/** The upload's table, for its owner in its consultation only; undefined once gone. */
export async function openUpload(db: Database, key: UploadKey, now = new Date()) {
	const upload = await findUpload(db, key, expiryCutoff(now));
	if (!upload) return undefined;
	const format = upload.format === 'xlsx' ? 'xlsx' : 'csv';
	const read = await readTable(format, new Uint8Array(upload.content));
	if (!read.ok) return undefined;
	return { filename: upload.filename, table: read.table };
}

async function rowContext(db: Database, consultationId: number, now: Date) {
	const areas = await listAreas(db, consultationId);
	return { areaIdsByCode: new Map(areas.map((a) => [a.code, a.id])), today: warsawToday(now) };
}

export interface PreviewRow {
	value: ImportRow;
	errors: RowError[];
}

export type OpenedUpload = NonNullable<Awaited<ReturnType<typeof openUpload>>>;

/** The first rows as they would be stored under `mapping` (the guessed one by default). */
export async function previewTable(
	db: Database,
	consultationId: number,
	upload: OpenedUpload,
	mapping?: ColumnMapping,
	now = new Date()
) {
	const { headers, rows } = upload.table;
	const used = mapping ?? guessMapping(headers);
	const context = await rowContext(db, consultationId, now);
	return {
		filename: upload.filename,
		headers,
		rowCount: rows.length,
		mapping: used,
		rows: rows
			.slice(0, PREVIEW_ROWS)
			.map((row): PreviewRow => validateRow(headers, row, used, context))
	};
}

export interface TableImport {
	key: UploadKey;
	mapping: ColumnMapping;
	channel: ImportChannel;
	eventId: number | null;
}

export type TableImportResult =
	| { ok: true; batchId: number; count: number }
	| { ok: false; error: 'gone' }
	| { ok: false; error: 'unknown_event' }
	| { ok: false; error: 'rows'; errors: RowError[]; errorCount: number };

/** All rows or none: every row is validated first, then all are stored in one transaction. */
export async function importTable(
	db: Database,
	request: TableImport,
	now = new Date()
): Promise<TableImportResult> {
	const { key } = request;
	const upload = await openUpload(db, key, now);
	if (!upload) return { ok: false, error: 'gone' };
	if (request.eventId !== null && !(await findEvent(db, key.consultationId, request.eventId))) {
		return { ok: false, error: 'unknown_event' };
	}
	const checked = validateRows(
		upload.table,
		request.mapping,
		await rowContext(db, key.consultationId, now)
	);
	if (!checked.ok) {
		return { ok: false, error: 'rows', errors: checked.errors, errorCount: checked.errorCount };
	}
	return inTransaction(db, async (tx) => {
		if (!(await deleteUpload(tx, key.id))) return { ok: false, error: 'gone' } as const;
		const batchId = await storeRows(tx, request, upload.filename, checked.rows);
		return { ok: true, batchId, count: checked.rows.length } as const;
	});
}

async function storeRows(db: Database, request: TableImport, filename: string, rows: ImportRow[]) {
	const { key, channel, eventId } = request;
	const batchId = await insertImportBatch(db, {
		consultation_id: key.consultationId,
		kind: 'table',
		filename,
		row_count: rows.length,
		created_by: key.userId
	});
	await storeOpinions(
		db,
		rows.map((row) => ({
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: key.consultationId,
				event_id: eventId,
				channel,
				text: row.text,
				district: row.district,
				age_band: row.ageBand,
				speaker_kind: row.speakerKind,
				submitted_at: row.submittedOn,
				entered_by_user_id: key.userId,
				import_batch_id: batchId
			},
			areaIds: row.areaIds
		}))
	);
	await recordAudit(db, {
		actorUserId: key.userId,
		action: 'import.table',
		entity: 'import_batch',
		entityId: batchId,
		after: { filename, rows: rows.length, channel, event_id: eventId }
	});
	return batchId;
}
