/**
 * Polish typography: "1 200" (grouping even for four digits), "12,5%". Other locales keep their
 * CLDR conventions. Dates and hours are in format.ts.
 */
export function formatNumber(value: number, locale: string): string {
	return new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 1 }).format(
		value
	);
}

export function formatPercent(share: number, locale: string): string {
	if (!Number.isFinite(share)) return '—';
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
		share
	);
}
