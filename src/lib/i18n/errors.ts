import { m } from '$lib/paraglide/messages';
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
	invalid_slug: () => m.error_invalid_slug(),
	invalid_colour: () => m.error_invalid_colour(),
	invalid_area_code: () => m.error_invalid_area_code(),
	duplicate_slug: () => m.error_duplicate_slug(),
	duplicate_email: () => m.error_duplicate_email(),
	duplicate_area_code: () => m.error_duplicate_area_code(),
	duplicate_theme: () => m.error_duplicate_theme(),
	closes_before_opens: () => m.error_closes_before_opens(),
	ends_before_starts: () => m.error_ends_before_starts(),
	passwords_differ: () => m.error_passwords_differ()
};

export function errorText(error: FieldError | undefined): string | undefined {
	if (!error) return undefined;
	const text = byCode[error.code];
	return text ? text(error.limit ?? 0) : m.error_invalid_value();
}
