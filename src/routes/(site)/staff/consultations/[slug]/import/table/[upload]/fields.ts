import { m } from '$lib/paraglide/messages';

const labels: Record<string, () => string> = {
	text: m.table_import_field_text,
	submitted_on: m.table_import_field_submitted_on,
	district: m.table_import_field_district,
	age_band: m.table_import_field_age_band,
	areas: m.table_import_field_areas,
	speaker_kind: m.table_import_field_speaker_kind
};

export const columnField = (field: string) => `column_${field}`;

export const fieldLabel = (field: string) => labels[field]?.() ?? field;

/** A mapping (field → column index) as the form's `column_<field>` values. */
export function mappingValues(mapping: Partial<Record<string, number>>): Record<string, string> {
	const values: Record<string, string> = { channel: 'paper', event_id: '' };
	for (const [field, index] of Object.entries(mapping)) values[columnField(field)] = String(index);
	return values;
}

export function mappedFields<F extends string>(
	fields: readonly F[],
	values: Record<string, string>
) {
	return fields.filter((field) => (values[columnField(field)] ?? '') !== '');
}
