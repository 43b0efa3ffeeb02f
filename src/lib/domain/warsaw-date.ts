const warsawDay = new Intl.DateTimeFormat('en', {
	timeZone: 'Europe/Warsaw',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** "YYYY-MM-DD" in Warsaw: a consultation opens and closes on Warsaw's calendar, not UTC's. */
export function warsawDate(at: Date): string {
	const parts = warsawDay.formatToParts(at);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
	return `${part('year')}-${part('month')}-${part('day')}`;
}

const warsawOffset = new Intl.DateTimeFormat('en-US', {
	timeZone: 'Europe/Warsaw',
	timeZoneName: 'shortOffset'
});

/** The instant (ISO, UTC) a Warsaw calendar day begins, for comparing with stored timestamps. */
export function warsawDayStart(day: string): string {
	const utcMidnight = Date.parse(`${day}T00:00:00Z`);
	// An hour before UTC midnight is still before 2.00 in Warsaw, where clocks change.
	const zone = warsawOffset
		.formatToParts(new Date(utcMidnight - 3_600_000))
		.find((p) => p.type === 'timeZoneName')?.value;
	const hours = Number(zone?.replace('GMT', '') || '0');
	return new Date(utcMidnight - hours * 3_600_000).toISOString();
}

export function nextDay(day: string): string {
	return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
