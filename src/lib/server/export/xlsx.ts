import ExcelJS from 'exceljs';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { Database } from '../db/connect';
import { countComments } from '../repositories/comments';
import { inert } from '../report/docx/text';
import { OPINION_COLUMNS, headerRow, type ExportColumn } from './columns';
import type { JobContext } from './jobs';
import { neutralise } from './neutralise';
import { exportOpinionSlices } from './opinions';
import type { ExportOpinion } from './opinions';

const warsaw = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Warsaw',
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

/** A spreadsheet date has no zone: it shows the Warsaw wall clock the office lives by. */
export function warsawWallClock(iso: string): Date {
	const parts = warsaw.formatToParts(new Date(iso));
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		Number(parts.find((p) => p.type === type)?.value);
	return new Date(
		Date.UTC(
			part('year'),
			part('month') - 1,
			part('day'),
			part('hour'),
			part('minute'),
			part('second')
		)
	);
}

function cell(column: ExportColumn, opinion: ExportOpinion, locale: Locale) {
	const value = column.value(opinion, locale);
	if (value === null) return null;
	if (column.kind === 'date') return warsawWallClock(String(value));
	// exceljs writes a string as it is: one character XML 1.0 forbids and the file will not open.
	return neutralise(typeof value === 'string' ? inert(value) : value);
}

/**
 * Rows go straight to the file through exceljs's streaming writer, never into one workbook in
 * memory; strings go out as strings (exceljs writes a formula only when given one).
 */
export async function writeOpinionsXlsx(
	db: Database,
	consultationId: number,
	locale: Locale,
	{ path, progress }: JobContext
): Promise<void> {
	const total = await countComments(db, consultationId);
	progress(0, total);
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		filename: path,
		useStyles: true,
		useSharedStrings: false
	});
	const sheet = workbook.addWorksheet(m.exp_sheet_name({}, { locale }), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	sheet.columns = OPINION_COLUMNS.map((column) => ({
		width: column.width,
		style: column.kind === 'date' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {}
	}));
	const header = sheet.addRow(headerRow(locale));
	header.font = { bold: true };
	header.commit();
	let done = 0;
	for await (const slice of exportOpinionSlices(db, consultationId)) {
		for (const opinion of slice) {
			sheet.addRow(OPINION_COLUMNS.map((column) => cell(column, opinion, locale))).commit();
		}
		done += slice.length;
		progress(done, Math.max(total, done));
	}
	sheet.autoFilter = {
		from: { row: 1, column: 1 },
		to: { row: done + 1, column: OPINION_COLUMNS.length }
	};
	sheet.commit();
	await workbook.commit();
}
