import type { Representativeness } from '$lib/domain/report';
import { shareOf, sharesOf } from '$lib/domain/shares';

/** Rows of a whole split into parts, each with its share; the shares add up to 100 %. */
export function withShares<R extends { n: number }>(rows: readonly R[]): (R & { share: number })[] {
	const shares = sharesOf(rows.map((r) => r.n));
	return rows.map((row, i) => ({ ...row, share: shares[i] ?? 0 }));
}

export interface RepresentativenessRow {
	district: Representativeness['rows'][number]['district'];
	population: number;
	populationShare: number;
	opinions: number;
	opinionShare: number;
	/** Share of opinions over share of residents; null when no opinion names a Warsaw district. */
	ratio: number | null;
}

/**
 * Each district's share of residents beside its share of the opinions that name a Warsaw
 * district: a ratio above 1 means the district spoke more than its size, below 1 less.
 */
export function representativenessRows(rep: Representativeness): RepresentativenessRow[] {
	const residents = rep.rows.reduce((n, r) => n + r.population, 0);
	const opinions = rep.rows.reduce((n, r) => n + r.opinions, 0);
	const populationShares = sharesOf(rep.rows.map((r) => r.population));
	const opinionShares = sharesOf(rep.rows.map((r) => r.opinions));
	return rep.rows.map((row, i) => {
		const exactResidents = shareOf(row.population, residents);
		return {
			district: row.district,
			population: row.population,
			populationShare: populationShares[i] ?? 0,
			opinions: row.opinions,
			opinionShare: opinionShares[i] ?? 0,
			ratio:
				opinions > 0 && exactResidents > 0 ? shareOf(row.opinions, opinions) / exactResidents : null
		};
	});
}

export function formatRatio(ratio: number | null, locale: string): string {
	if (ratio === null || !Number.isFinite(ratio)) return '—';
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	}).format(ratio);
}
