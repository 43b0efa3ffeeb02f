import { parseCsv } from './csv';
import { decodeTableText } from './decode';
import type { TableResult } from './table';
import { parseXlsx } from './xlsx';

export type TableFormat = 'csv' | 'xlsx';

/** By name: a ZIP named .csv is then refused rather than read as a workbook by surprise. */
export function tableFormat(filename: string): TableFormat {
	return /\.xlsx$/i.test(filename.trim()) ? 'xlsx' : 'csv';
}

export async function readTable(format: TableFormat, bytes: Uint8Array): Promise<TableResult> {
	if (format === 'xlsx') return parseXlsx(bytes);
	const decoded = decodeTableText(bytes);
	return decoded.ok ? parseCsv(decoded.text) : { ok: false, error: { code: decoded.error } };
}
