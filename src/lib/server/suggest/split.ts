import { seededRandom, shuffled } from './random';

export interface SplitOptions {
	/** The share of examples held out for testing, between 0 and 1 exclusive. */
	testShare: number;
	seed: number;
}

/**
 * A seeded shuffle cut in two: the same examples, share and seed always give the same parts.
 * With two or more examples both parts get at least one.
 */
export function splitExamples<T>(
	examples: readonly T[],
	{ testShare, seed }: SplitOptions
): { train: T[]; test: T[] } {
	if (!(testShare > 0 && testShare < 1)) throw new RangeError('testShare must be between 0 and 1');
	const order = shuffled(examples, seededRandom(seed));
	const wanted = Math.round(examples.length * testShare);
	const testCount = examples.length < 2 ? 0 : Math.min(examples.length - 1, Math.max(1, wanted));
	return { test: order.slice(0, testCount), train: order.slice(testCount) };
}
