import type { Coding } from '$lib/server/services/coding';

/** The two coders' codings of one item, each with the other's to compare against. */
export function sides<C>(coders: readonly C[], codings: readonly [Coding, Coding]) {
	const [first, second] = coders;
	if (first === undefined || second === undefined) return [];
	return [
		{ coder: first, coding: codings[0], other: codings[1] },
		{ coder: second, coding: codings[1], other: codings[0] }
	];
}
