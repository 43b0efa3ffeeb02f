import { m } from '$lib/paraglide/messages';

const texts: Record<string, () => string> = {
	conflict: m.coding_refusal_conflict,
	excluded: m.coding_refusal_excluded,
	split: m.coding_refusal_split,
	unknown_area: m.coding_refusal_unknown_area,
	unknown_theme: m.coding_refusal_unknown_theme,
	retired_theme: m.coding_refusal_retired_theme,
	too_many_areas: m.coding_refusal_too_many_areas,
	not_found: m.opinion_not_found,
	duplicate_of_missing: m.coding_refusal_duplicate_of_missing,
	duplicate_of_itself: m.coding_refusal_duplicate_of_itself,
	duplicate_of_excluded: m.coding_refusal_duplicate_of_excluded,
	not_excluded: m.coding_refusal_not_excluded,
	already_split: m.coding_refusal_already_split,
	units_coded: m.coding_refusal_units_coded,
	not_a_coder: m.coding_refusal_not_a_coder
};

/** Why the workspace refused a change, in the analyst's language. */
export function refusalText(reason: string): string {
	return (texts[reason] ?? m.error_invalid_value)();
}
