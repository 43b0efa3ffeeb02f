import { m } from '$lib/paraglide/messages';
import { warsawDistrict } from '$lib/domain/districts';
import type { AgeBand } from '$lib/domain/vocabularies';
import type { Locale } from '$lib/paraglide/runtime';

// Apart from labels.ts, so that the kiosk's bundle does not carry every staff vocabulary with it.

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

export const ageBandLabel: Record<AgeBand, Message> = {
	'under-18': m.age_under_18,
	'18-29': m.age_18_29,
	'30-44': m.age_30_44,
	'45-59': m.age_45_59,
	'60-74': m.age_60_74,
	'75-plus': m.age_75_plus
};

export function districtLabel(code: string | null | undefined, locale?: Locale): string {
	if (!code) return m.not_given({}, { locale });
	if (code === 'outside-warsaw') return m.district_outside({}, { locale });
	if (code === 'undisclosed') return m.district_undisclosed({}, { locale });
	return warsawDistrict(code)?.name ?? code;
}
