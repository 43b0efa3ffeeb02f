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
