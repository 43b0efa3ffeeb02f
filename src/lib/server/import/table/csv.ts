import { CsvError, parse, type CsvErrorCode } from 'csv-parse/sync';
import { toTable, type TableResult } from './table';

const DELIMITERS = [';', ',', '\t'] as const;
const SEPARATOR_LINE = /^sep=(.)\r?\n/i;
const QUOTE_ERRORS: readonly CsvErrorCode[] = [
	'CSV_QUOTE_NOT_CLOSED',
	'CSV_INVALID_CLOSING_QUOTE',
	'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
	'INVALID_OPENING_QUOTE'
];

/** The delimiter the header line uses most, outside quotes; a one-column file has none. */
export function detectDelimiter(text: string): string {
	const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
	}
	const [best] = [...counts].sort((a, b) => b[1] - a[1]);
	return best && best[1] > 0 ? best[0] : ',';
}

/**
 * CSV or tab-separated text to rows. Excel's "sep=;" first line names the delimiter and is not
 * a row in Excel either. A quote inside an unquoted cell is kept as text; a quote left open is
 * the one error no reading can repair.
 */
export function parseCsv(text: string): TableResult {
	const separator = SEPARATOR_LINE.exec(text);
	const body = separator ? text.slice(separator[0].length) : text;
	const delimiter = separator?.[1] ?? detectDelimiter(body);
	try {
		const records: string[][] = parse(body, {
			delimiter,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false
		});
		return toTable(records);
	} catch (cause) {
		if (!(cause instanceof CsvError) || !QUOTE_ERRORS.includes(cause.code)) throw cause;
		// The records read before the failure, plus the row the open quote starts.
		const row = Number(cause.records ?? 0) + 1;
		return { ok: false, error: { code: 'broken_quote', row } };
	}
}
