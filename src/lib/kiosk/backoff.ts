export const BACKOFF = { firstMs: 2_000, maxMs: 5 * 60_000, jitter: 0.25 };

/**
 * The wait before retry number `failures` (1, 2, 3…): 2 s doubling to 5 min, shortened by up to
 * a quarter at random so that tablets of one event do not all return at the same moment.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
	const exponent = Math.max(0, failures - 1);
	const base = Math.min(BACKOFF.firstMs * 2 ** exponent, BACKOFF.maxMs);
	return Math.round(base * (1 - BACKOFF.jitter * random()));
}
