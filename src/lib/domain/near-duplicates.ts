import { clusterSimilar } from './near-duplicates-lsh';
import { duplicateKey, wordCount } from './near-duplicates-normalise';
import { jaccard, shingleHashes } from './near-duplicates-shingles';

export { duplicateKey, foldText } from './near-duplicates-normalise';

export interface DuplicateCandidate {
	id: number;
	text: string;
	/** ISO date-time; the oldest opinion leads its group. */
	receivedAt: string;
}

export interface DuplicateGroup {
	/** Oldest first. */
	ids: number[];
	/** Every member's text is the same once case, punctuation, spacing and signature are ignored. */
	exact: boolean;
	/** The lowest Jaccard similarity of a member's character shingles to the oldest member's. */
	similarity: number;
}

export interface DuplicateOptions {
	/** Jaccard similarity of character 5-gram sets at which two texts are near-duplicates. */
	threshold?: number;
	/** Shorter texts group only as exact copies: „więcej ławek” and „więcej drzew” are two ideas. */
	minWords?: number;
}

export const NEAR_DUPLICATE_THRESHOLD = 0.5;
export const NEAR_DUPLICATE_MIN_WORDS = 4;

/**
 * Groups copies (one text pasted by many, a form sent twice) and near-duplicates (a campaign
 * with small edits, one idea in shared phrasing). Candidates come from MinHash with LSH banding,
 * never from all pairs; each candidate is verified by its exact Jaccard similarity.
 * Deterministic: the same opinions give the same groups.
 */
export function findDuplicateGroups(
	items: readonly DuplicateCandidate[],
	options: DuplicateOptions = {}
): DuplicateGroup[] {
	const threshold = options.threshold ?? NEAR_DUPLICATE_THRESHOLD;
	const minWords = options.minWords ?? NEAR_DUPLICATE_MIN_WORDS;
	const ordered = [...items].sort((a, b) =>
		a.receivedAt === b.receivedAt ? a.id - b.id : a.receivedAt < b.receivedAt ? -1 : 1
	);
	const copies = new Map<string, number[]>();
	ordered.forEach((item, i) => {
		const key = duplicateKey(item.text);
		if (key === '') return;
		const same = copies.get(key);
		if (same) same.push(i);
		else copies.set(key, [i]);
	});
	const near = [...copies.keys()]
		.filter((key) => wordCount(key) >= minWords)
		.map((key) => ({ key, hashes: shingleHashes(key) }));
	const leader = clusterSimilar(
		near.map((text) => text.hashes),
		threshold
	);
	const members = new Map<string, string[]>([...copies.keys()].map((key) => [key, [key]]));
	near.forEach(({ key }, i) => {
		const leaderKey = near[leader[i]!]!.key;
		if (leaderKey === key) return;
		members.delete(key);
		members.get(leaderKey)!.push(key);
	});
	const hashesOf = new Map(near.map((text) => [text.key, text.hashes]));
	return [...members.entries()]
		.map(([leaderKey, keys]) => {
			const indices = keys.flatMap((key) => copies.get(key)!).sort((a, b) => a - b);
			const ids = indices.map((i) => ordered[i]!.id);
			const leaderHashes = hashesOf.get(leaderKey);
			const similarity = keys.reduce(
				(lowest, key) =>
					key === leaderKey || !leaderHashes
						? lowest
						: Math.min(lowest, jaccard(hashesOf.get(key)!, leaderHashes)),
				1
			);
			return { first: indices[0]!, group: { ids, exact: keys.length === 1, similarity } };
		})
		.filter(({ group }) => group.ids.length > 1)
		.sort((a, b) => b.group.ids.length - a.group.ids.length || a.first - b.first)
		.map(({ group }) => group);
}
