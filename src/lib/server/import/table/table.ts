/** One data row; `line` is the row number a spreadsheet shows, the header being row 1. */
export interface TableRow {
	line: number;
	cells: string[];
}

export interface ParsedTable {
	headers: string[];
	rows: TableRow[];
}

export type FileErrorCode = 'not_table' | 'empty_file' | 'no_rows' | 'broken_quote';
export interface FileError {
	code: FileErrorCode;
	row?: number;
}

export type TableResult = { ok: true; table: ParsedTable } | { ok: false; error: FileError };

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Rows numbered from 1 become a table; blank rows keep their number but are no opinion. */
export function toTable(records: readonly string[][], firstLine = 1): TableResult {
	const start = records.findIndex((cells) => !isBlank(cells));
	if (start === -1) return { ok: false, error: { code: 'empty_file' } };
	const rows = records
		.map((cells, index) => ({ line: firstLine + index, cells }))
		.slice(start + 1)
		.filter((row) => !isBlank(row.cells));
	if (rows.length === 0) return { ok: false, error: { code: 'no_rows' } };
	const headers = (records[start] ?? []).map((cell) => cell.trim());
	return { ok: true, table: { headers, rows } };
}
