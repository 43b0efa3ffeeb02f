import ExcelJS from 'exceljs';
import { toTable, type TableResult } from './table';

/** A cell as the text a person sees: dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((run) => run.text).join('');
	if ('hyperlink' in value) return cellText(value.text);
	if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
	return '';
}

async function loadWorkbook(bytes: Uint8Array) {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(new Uint8Array(bytes).buffer);
		return workbook;
	} catch {
		return undefined;
	}
}

/** The first worksheet of an .xlsx file as text rows, every row as wide as the sheet. */
export async function parseXlsx(bytes: Uint8Array): Promise<TableResult> {
	if (bytes.length === 0) return { ok: false, error: { code: 'empty_file' } };
	const sheet = (await loadWorkbook(bytes))?.worksheets[0];
	if (!sheet) return { ok: false, error: { code: 'not_table' } };
	const width = sheet.columnCount;
	const records: string[][] = [];
	for (let r = 1; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		records.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)));
	}
	return toTable(records);
}
