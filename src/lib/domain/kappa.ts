/**
 * Cohen's κ for two raters who each put the same items into nominal categories:
 * κ = (p_o − p_e) / (1 − p_e), p_o the share of items both put in the same category,
 * p_e the share they would agree on by chance given how often each used each category.
 */
export type KappaResult =
	| { kappa: number; observed: number; expected: number; n: number }
	| { kappa: null; reason: 'no_variation'; observed: number; expected: number; n: number }
	| { kappa: null; reason: 'no_items'; n: 0 };

export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): KappaResult {
	const n = pairs.length;
	if (n === 0) return { kappa: null, reason: 'no_items', n: 0 };
	const first = new Map<T, number>();
	const second = new Map<T, number>();
	let agreed = 0;
	for (const [a, b] of pairs) {
		if (a === b) agreed++;
		first.set(a, (first.get(a) ?? 0) + 1);
		second.set(b, (second.get(b) ?? 0) + 1);
	}
	// Integer arithmetic: n²·p_e is exact, so "all items in one category" is p_e = 1 exactly.
	let chance = 0;
	for (const [category, count] of first) chance += count * (second.get(category) ?? 0);
	const square = n * n;
	const observed = agreed / n;
	const expected = chance / square;
	if (chance === square) return { kappa: null, reason: 'no_variation', observed, expected, n };
	return { kappa: (n * agreed - chance) / (square - chance), observed, expected, n };
}

/** One code (an area, a theme) per item: did each rater give it or not. */
export function binaryKappa(first: readonly boolean[], second: readonly boolean[]): KappaResult {
	if (first.length !== second.length) throw new Error('binaryKappa: raters rated different items');
	return cohensKappa(first.map((a, i) => [a, second[i]] as const));
}

export const KAPPA_BANDS = [
	'poor',
	'slight',
	'fair',
	'moderate',
	'substantial',
	'almost_perfect'
] as const;
export type KappaBand = (typeof KAPPA_BANDS)[number];

/** Landis & Koch (1977): < 0 poor, ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate, ≤ 0.80 substantial. */
export function kappaBand(kappa: number): KappaBand {
	if (kappa < 0) return 'poor';
	if (kappa <= 0.2) return 'slight';
	if (kappa <= 0.4) return 'fair';
	if (kappa <= 0.6) return 'moderate';
	if (kappa <= 0.8) return 'substantial';
	return 'almost_perfect';
}
