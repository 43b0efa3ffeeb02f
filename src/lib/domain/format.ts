/**
 * Polish typography: "1 200" (grouping even for four digits), "12,5%", "29 maja 2018 r.",
 * hours "17.30". Other locales keep their CLDR conventions.
 */

// Numbers apart from dates: the kiosk needs only these, and dates pull in the time-zone code.
export { formatNumber, formatPercent } from './number-format';

/** Accepts "YYYY-MM-DD", a local "YYYY-MM-DDTHH:MM" or an ISO instant. */
export function formatDate(value: string | Date, locale: string): string {
	const date = typeof value === 'string' ? parseLocal(value) : value;
	const text = new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Warsaw'
	}).format(date);
	return locale === 'pl' ? `${text} r.` : text;
}

export function formatTime(value: string | Date, locale: string): string {
	const date = typeof value === 'string' ? parseLocal(value) : value;
	const text = new Intl.DateTimeFormat(locale, {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Warsaw'
	}).format(date);
	return locale === 'pl' ? text.replace(':', '.') : text;
}

/** "29 maja 2018 r., 17.30": when an opinion arrived or a file was imported. */
export function formatDateTime(value: string | Date, locale: string): string {
	return `${formatDate(value, locale)}, ${formatTime(value, locale)}`;
}

export function formatTimeRange(start: string, end: string | null, locale: string): string {
	const from = formatTime(start, locale);
	return end ? `${from}–${formatTime(end, locale)}` : from;
}

const localDate = /^\d{4}-\d{2}-\d{2}$/;
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Wall-clock values are stored without a zone; they mean Warsaw time. */
function parseLocal(value: string): Date {
	if (localDate.test(value)) return new Date(`${value}T12:00:00Z`);
	if (!localDateTime.test(value)) return new Date(value);
	const asUtc = new Date(`${value}:00Z`).getTime();
	// The offset read at the guessed instant can be the other side of a clock change; read it again.
	const guess = asUtc - warsawOffsetMs(new Date(asUtc));
	return new Date(asUtc - warsawOffsetMs(new Date(guess)));
}

function warsawOffsetMs(at: Date): number {
	const name = new Intl.DateTimeFormat('en-US', {
		timeZone: 'Europe/Warsaw',
		timeZoneName: 'shortOffset'
	})
		.formatToParts(at)
		.find((p) => p.type === 'timeZoneName')?.value;
	return Number(name?.replace('GMT', '') || '0') * 60 * 60 * 1000;
}
