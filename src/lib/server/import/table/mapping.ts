import type { FieldErrors } from '$lib/schemas/form';
import { fold } from '$lib/domain/fold';

/** What a column can fill; only the text is required. */
export const TABLE_FIELDS = [
	'text',
	'submitted_on',
	'district',
	'age_band',
	'areas',
	'speaker_kind'
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/** Field → the index of the column that fills it. */
export type ColumnMapping = Partial<Record<TableField, number>>;

/** Header names, folded, that a field's column usually has in Polish and English tables. */
const HEADER_NAMES: Record<TableField, readonly string[]> = {
	text: [
		'tresc',
		'uwaga',
		'uwagi',
		'opinia',
		'opinie',
		'wypowiedz',
		'komentarz',
		'text',
		'comment',
		'opinion'
	],
	submitted_on: ['data', 'dzien', 'kiedy', 'date', 'submitted', 'received'],
	district: ['dzielnica', 'district'],
	age_band: ['wiek', 'przedzial wieku', 'grupa wiekowa', 'age'],
	areas: ['obszar', 'obszary', 'dotyczy', 'area', 'areas'],
	speaker_kind: ['zglaszajacy', 'zglaszajaca', 'kto', 'speaker', 'who']
};

const matches = (header: string, name: string) => header === name || header.startsWith(`${name} `);

/** A first guess from the header row: "Treść uwagi" is the text, "Data wpływu" the date. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
	const folded = headers.map(fold);
	const mapping: ColumnMapping = {};
	const taken = new Set<number>();
	for (const field of TABLE_FIELDS) {
		const index = folded.findIndex(
			(header, i) => !taken.has(i) && HEADER_NAMES[field].some((name) => matches(header, name))
		);
		if (index === -1) continue;
		mapping[field] = index;
		taken.add(index);
	}
	return mapping;
}

/** "A", "B", … "AA": how a spreadsheet names a column. */
export function columnLetter(index: number): string {
	const rest = Math.floor(index / 26);
	return (rest > 0 ? columnLetter(rest - 1) : '') + String.fromCharCode(65 + (index % 26));
}

/** The name a person knows a column by: its header, or its letter when the header is blank. */
export function columnLabel(headers: readonly string[], index: number): string {
	return headers[index] || columnLetter(index);
}

export const mappingField = (field: TableField) => `column_${field}`;

export type MappingResult =
	{ ok: true; mapping: ColumnMapping } | { ok: false; errors: FieldErrors };

/** Reads `column_<field>` form values; the text must be mapped, no column twice. */
export function mappingFromForm(
	values: Record<string, string>,
	columnCount: number
): MappingResult {
	const mapping: ColumnMapping = {};
	const errors: FieldErrors = {};
	const used = new Set<number>();
	for (const field of TABLE_FIELDS) {
		const raw = values[mappingField(field)] ?? '';
		if (raw === '') continue;
		const index = /^\d{1,4}$/.test(raw) ? Number(raw) : -1;
		if (index < 0 || index >= columnCount) errors[mappingField(field)] = { code: 'invalid_choice' };
		else if (used.has(index)) errors[mappingField(field)] = { code: 'column_twice' };
		else mapping[field] = index;
		used.add(index);
	}
	if (mapping.text === undefined && !errors[mappingField('text')]) {
		errors[mappingField('text')] = { code: 'text_not_mapped' };
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, mapping };
}
