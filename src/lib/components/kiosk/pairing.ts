/** Why pairing did not work, as the pairing form explains it. */
export type PairProblem =
	{ kind: 'code' } | { kind: 'offline' } | { kind: 'throttled'; minutes: number };
