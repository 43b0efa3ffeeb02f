import { m } from '$lib/paraglide/messages';

const byReason: Record<string, () => string> = {
	not_found: m.agr_refusal_not_found,
	not_in_sample: m.agr_refusal_not_in_sample,
	unknown_area: m.agr_refusal_unknown_area,
	unknown_theme: m.agr_refusal_unknown_theme,
	retired_theme: m.agr_refusal_retired_theme,
	too_many_areas: m.agr_refusal_too_many_areas,
	excluded: m.agr_refusal_excluded,
	split: m.agr_refusal_split,
	conflict: m.agr_refusal_conflict
};

/** Why a coding was not saved, in the reader's language. */
export function refusalText(reason: string): string {
	return (byReason[reason] ?? m.error_invalid_value)();
}
