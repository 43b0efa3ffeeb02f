import * as v from 'valibot';
import type { DistrictCode } from '$lib/domain/districts';
import type { AgeBand, SpeakerKind } from '$lib/domain/vocabularies';
import { OPINION_LIMITS, recordedOpinionText } from '$lib/schemas/opinion';
import { columnLabel, type ColumnMapping, type TableField } from './mapping';
import type { ParsedTable, TableRow } from './table';
import {
	parseAgeBand,
	parseAreas,
	parseDistrict,
	parseSpeakerKind,
	parseSubmittedOn
} from './values';
import type { CellValue } from './values';

/** A row as it will be stored. */
export interface ImportRow {
	line: number;
	text: string;
	submittedOn: string | null;
	district: DistrictCode | null;
	ageBand: AgeBand | null;
	areaIds: number[];
	speakerKind: SpeakerKind | null;
}

/** Where a row went wrong: the row and column a person finds in their spreadsheet. */
export interface RowError {
	row: number;
	column: string;
	field?: TableField;
	code: string;
	limit?: number;
}

export interface RowContext {
	areaIdsByCode: ReadonlyMap<number, number>;
	/** YYYY-MM-DD; no card is dated later. */
	today: string;
}

/** Enough for a person to see the pattern; a file with more broken rows needs another look. */
export const MAX_REPORTED_ERRORS = 200;

function readText(cell: string): CellValue<string> {
	const parsed = v.safeParse(recordedOpinionText, cell);
	if (parsed.success) return { ok: true, value: parsed.output };
	const code = parsed.issues[0].message;
	return { ok: false, code: code === 'required' ? 'empty_text' : code };
}

/** The row's values, each null where its cell was refused, and what was wrong. */
export function validateRow(
	headers: readonly string[],
	row: TableRow,
	mapping: ColumnMapping,
	context: RowContext
): { value: ImportRow; errors: RowError[] } {
	const errors: RowError[] = [];
	const read = <T>(field: TableField, parse: (cell: string) => CellValue<T>): T | null => {
		const index = mapping[field];
		if (index === undefined) return null;
		const at = { row: row.line, column: columnLabel(headers, index), field };
		if (index >= row.cells.length) {
			errors.push({ ...at, code: 'missing_column' });
			return null;
		}
		const result = parse(row.cells[index] ?? '');
		if (result.ok) return result.value;
		const limit = result.code === 'too_long' ? { limit: OPINION_LIMITS.recordedText } : {};
		errors.push({ ...at, code: result.code, ...limit });
		return null;
	};
	const value: ImportRow = {
		line: row.line,
		text: read('text', readText) ?? '',
		submittedOn: read('submitted_on', (cell) => parseSubmittedOn(cell, context.today)),
		district: read('district', parseDistrict),
		ageBand: read('age_band', parseAgeBand),
		areaIds: read('areas', (cell) => parseAreas(cell, context.areaIdsByCode)) ?? [],
		speakerKind: read('speaker_kind', parseSpeakerKind)
	};
	const extra = row.cells.findIndex((cell, i) => i >= headers.length && cell.trim() !== '');
	if (extra !== -1) {
		errors.push({ row: row.line, column: columnLabel(headers, extra), code: 'extra_cells' });
	}
	return { value, errors };
}

export type RowsResult =
	{ ok: true; rows: ImportRow[] } | { ok: false; errors: RowError[]; errorCount: number };

/** Every row is read before any is stored: one bad row and the file is refused whole. */
export function validateRows(
	table: ParsedTable,
	mapping: ColumnMapping,
	context: RowContext
): RowsResult {
	const rows: ImportRow[] = [];
	const errors: RowError[] = [];
	let errorCount = 0;
	for (const row of table.rows) {
		const result = validateRow(table.headers, row, mapping, context);
		if (result.errors.length === 0) rows.push(result.value);
		else {
			errorCount += result.errors.length;
			errors.push(...result.errors.slice(0, MAX_REPORTED_ERRORS - errors.length));
		}
	}
	return errorCount > 0 ? { ok: false, errors, errorCount } : { ok: true, rows };
}
