import { bandKeys, sketch, SKETCH_BINS } from './near-duplicates-minhash';
import { jaccardAtLeast } from './near-duplicates-shingles';

/** 32 bands of 4 bins: a pair at Jaccard 0.5 becomes a candidate with probability ≈ 0.87. */
const ROWS_PER_BAND = 4;
const BANDS = SKETCH_BINS / ROWS_PER_BAND;
/** Pairs the sketch puts this far below the threshold skip the exact comparison (σ ≤ 0.045). */
const ESTIMATE_MARGIN = 0.12;
/** In a crowded bucket a text meets only the latest few before it: never all pairs. */
const BUCKET_REACH = 12;
/** Exact comparisons a text may spend looking for its group, so that no corpus is quadratic. */
const EXACT_BUDGET = 8;

/**
 * Star clusters of texts (sorted shingle hashes, oldest first): each text joins the group of an
 * older text it is at least `threshold` similar to, itself, by exact Jaccard similarity, or
 * leads a group of its own. Every member is then similar to its leader, where chaining A~B~C
 * would let a run of small differences join two texts that have nothing in common.
 * Candidates share a whole band of their MinHash sketch; the groups of those candidates are
 * checked by size, then by the sketch's estimate, then exactly. Returns each text's leader.
 */
export function clusterSimilar(texts: readonly Uint32Array[], threshold: number): Int32Array {
	const count = texts.length;
	const sizes = Int32Array.from(texts, (hashes) => hashes.length);
	// The lowest 8 bits of each bin (b-bit MinHash): a sketch in 128 bytes, so that comparing a
	// text with its candidates stays in the processor's cache; chance agreement adds 1/256.
	const prints = new Uint8Array(count * SKETCH_BINS);
	// Buckets as linked lists: per band, the newest text with a key; per text, the one before it.
	const newest = Array.from({ length: BANDS }, () => new Map<number, number>());
	const previous = new Int32Array(count * BANDS);
	const leader = new Int32Array(count);
	const metBy = new Int32Array(count).fill(-1);
	const triedBy = new Int32Array(count).fill(-1);
	const agreeing = Math.ceil((threshold - ESTIMATE_MARGIN) * SKETCH_BINS);
	const likely = (a: number, b: number) => {
		// |A ∩ B| / |A ∪ B| ≤ min(|A|, |B|) / max(|A|, |B|).
		if (Math.min(sizes[a]!, sizes[b]!) < threshold * Math.max(sizes[a]!, sizes[b]!)) return false;
		let same = 0;
		for (let i = 0, x = a * SKETCH_BINS, y = b * SKETCH_BINS; i < SKETCH_BINS; i++) {
			if (prints[x + i] === prints[y + i]) same++;
			else if (same + SKETCH_BINS - 1 - i < agreeing) return false;
		}
		return true;
	};
	for (let a = 0; a < count; a++) {
		const signature = sketch(texts[a]!);
		for (let i = 0; i < SKETCH_BINS; i++) prints[a * SKETCH_BINS + i] = signature[i]! & 0xff;
		const keys = bandKeys(signature, ROWS_PER_BAND);
		leader[a] = a;
		let budget = EXACT_BUDGET;
		for (let band = 0; band < BANDS; band++) {
			// 30 bits keep the key a small integer, which a Map hashes without boxing.
			const key = keys[band]! >>> 2;
			const head = newest[band]!.get(key) ?? -1;
			newest[band]!.set(key, a);
			previous[a * BANDS + band] = head;
			for (let b = head, reach = 0; b !== -1 && reach < BUCKET_REACH && budget > 0; reach++) {
				const group = leader[b]!;
				if (metBy[b] !== a && triedBy[group] !== a) {
					triedBy[group] = a;
					if (likely(a, group)) {
						budget--;
						if (jaccardAtLeast(texts[a]!, texts[group]!, threshold)) {
							leader[a] = group;
							budget = 0;
						}
					}
				}
				metBy[b] = a;
				b = previous[b * BANDS + band]!;
			}
		}
	}
	return leader;
}
