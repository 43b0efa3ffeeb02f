import { m } from '$lib/paraglide/messages';
import { RETENTION_DAYS } from '$lib/schemas/consultation';
import type { FieldError } from '$lib/schemas/form';

const byCode: Record<string, (limit: number) => string> = {
	required: () => m.error_required(),
	too_long: (limit) => m.error_too_long({ limit }),
	too_short: (limit) => m.error_too_short({ limit }),
	too_many: (limit) => m.error_too_many_lines({ limit }),
	line_too_long: () => m.error_line_too_long(),
	invalid_email: () => m.error_invalid_email(),
	invalid_date: () => m.error_invalid_date(),
	invalid_datetime: () => m.error_invalid_datetime(),
	invalid_count: () => m.error_invalid_count(),
	invalid_choice: () => m.error_invalid_choice(),
	too_few_units: () => m.error_too_few_units(),
	invalid_opinion_number: () => m.error_invalid_opinion_number(),
	select_opinions: () => m.error_select_opinions(),
	invalid_slug: () => m.error_invalid_slug(),
	invalid_colour: () => m.error_invalid_colour(),
	invalid_area_code: () => m.error_invalid_area_code(),
	duplicate_slug: () => m.error_duplicate_slug(),
	duplicate_email: () => m.error_duplicate_email(),
	duplicate_area_code: () => m.error_duplicate_area_code(),
	duplicate_theme: () => m.error_duplicate_theme(),
	closes_before_opens: () => m.error_closes_before_opens(),
	ends_before_starts: () => m.error_ends_before_starts(),
	passwords_differ: () => m.error_passwords_differ(),
	no_notes: () => m.notes_error_no_notes(),
	// Table import: a row's cell or the column mapping.
	empty_text: () => m.table_import_empty_text(),
	missing_column: () => m.table_import_missing_column(),
	extra_cells: () => m.table_import_extra_cells(),
	unknown_date: () => m.table_import_unknown_date(),
	future_date: () => m.table_import_future_date(),
	unknown_district: () => m.table_import_unknown_district(),
	unknown_age_band: () => m.table_import_unknown_age_band(),
	unknown_area: () => m.table_import_unknown_area(),
	unknown_speaker_kind: () => m.table_import_unknown_speaker_kind(),
	text_not_mapped: () => m.table_import_text_not_mapped(),
	column_twice: () => m.table_import_column_twice(),
	consent_missing: () => m.online_error_consent_missing(),
	email_missing: () => m.online_error_email_missing(),
	// Responses (stanowisko) to opinions and themes.
	justification_required: () => m.resp_error_justification_required(),
	response_opinion_excluded: () => m.resp_error_opinion_excluded(),
	response_theme_closed: () => m.resp_error_theme_closed(),
	// Personal data: retention and data subjects' requests.
	invalid_retention: () => m.retention_error_invalid({ max: RETENTION_DAYS.max }),
	invalid_identifier: () => m.rodo_error_identifier(),
	// Agreement sample form (helper "agreement").
	agr_share_range: () => m.agr_error_share(),
	agr_size_range: () => m.agr_error_size(),
	agr_same_coder: () => m.agr_error_same_coder(),
	agr_invalid_coder: () => m.agr_error_coder()
};

export function errorText(error: FieldError | undefined): string | undefined {
	if (!error) return undefined;
	const text = byCode[error.code];
	return text ? text(error.limit ?? 0) : m.error_invalid_value();
}
