/** How the rows a server stored compare with the opinions it acknowledged with a 2xx. */
export interface Reconciled {
	acknowledged: number;
	stored: number;
	/** Acknowledged, not in the database: the one thing that must never happen. */
	lost: number;
	/** The same UUID stored twice. */
	duplicates: number;
	/** Stored although no 2xx reached the bench (a request that timed out after its commit). */
	unacknowledged: number;
	/** Stored rows equal the 2xx answers exactly. */
	equal: boolean;
}

export function reconcile(
	acknowledged: ReadonlySet<string>,
	stored: readonly string[]
): Reconciled {
	const unique = new Set(stored);
	let lost = 0;
	for (const uuid of acknowledged) if (!unique.has(uuid)) lost++;
	let unacknowledged = 0;
	for (const uuid of unique) if (!acknowledged.has(uuid)) unacknowledged++;
	const duplicates = stored.length - unique.size;
	return {
		acknowledged: acknowledged.size,
		stored: stored.length,
		lost,
		duplicates,
		unacknowledged,
		equal: lost === 0 && duplicates === 0 && unacknowledged === 0
	};
}
