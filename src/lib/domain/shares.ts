/**
 * Percentages (in tenths of a percent) that add up to exactly 100 %, by the largest remainder
 * method: each count gets its rounded-down share, and the tenths left over go to the counts
 * whose shares lost the most in rounding (ties to the earlier count). All zeros give all zeros.
 */
export function sharesOf(counts: readonly number[]): number[] {
	const total = counts.reduce((sum, n) => sum + n, 0);
	if (total <= 0) return counts.map(() => 0);
	const exact = counts.map((n) => (n * 1000) / total);
	const floors = exact.map(Math.floor);
	let left = 1000 - floors.reduce((sum, n) => sum + n, 0);
	const order = exact
		.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
		.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
	for (const { index } of order) {
		if (left <= 0) break;
		floors[index]! += 1;
		left -= 1;
	}
	return floors.map((tenths) => tenths / 1000);
}

/** A share of a whole that is not split into parts (e.g. one area of opinions with several). */
export function shareOf(part: number, whole: number): number {
	return whole > 0 ? part / whole : 0;
}
