import { warsawDistrict } from '$lib/domain/districts';
import type { ReportQuote } from '$lib/domain/report';
import { channelLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * Who said a quote, without saying who: „mieszkanka lub mieszkaniec Bielan, Dzień Sąsiada na
 * Skwerze”. The event names where it was said; without one, the channel it came through.
 */
export function quoteAttribution(
	quote: Pick<ReportQuote, 'district' | 'channel' | 'eventTitle'>,
	locale: Locale
): string {
	const person = personOf(quote.district, locale);
	const channel = channelLabel[quote.channel]({}, { locale });
	const source = quote.eventTitle ?? (person ? lowerFirst(channel, locale) : channel);
	return person ? `${person}, ${source}` : source;
}

function personOf(district: string | null, locale: Locale): string | null {
	if (district === 'outside-warsaw') return m.rep_attr_outside({}, { locale });
	const known = warsawDistrict(district);
	if (!known) return null;
	// Polish needs the district's genitive („Bielan”); other languages keep its name.
	const name = locale === 'pl' ? known.locative : known.name;
	return m.rep_attr_resident({ district: name }, { locale });
}

function lowerFirst(text: string, locale: Locale): string {
	return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
