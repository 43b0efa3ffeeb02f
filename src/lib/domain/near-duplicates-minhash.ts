import { mix32 } from './near-duplicates-shingles';

/** Sketch size: bins of a one-permutation MinHash; a power of two so a hash's top bits pick one. */
export const SKETCH_BINS = 128;
const BIN_BITS = Math.log2(SKETCH_BINS);
const EMPTY = 0xffffffff;
const SEED = 0x5eed6105;

// Scratch space for the bins before densification; sketching is synchronous.
const bins = new Uint32Array(SKETCH_BINS);

/**
 * One-permutation MinHash with optimal densification (Shrivastava, 2017): each shingle hash is
 * looked at once, not once per hash function, which keeps 20 000 sketches well under a second.
 * Two sketches agree in a bin with probability equal to the sets' Jaccard similarity.
 */
export function sketch(hashes: Uint32Array): Uint32Array {
	bins.fill(EMPTY);
	for (const h of hashes) {
		const bin = h >>> (32 - BIN_BITS);
		const value = h & (0xffffffff >>> BIN_BITS);
		if (value < bins[bin]!) bins[bin] = value;
	}
	const dense = bins.slice();
	if (hashes.length === 0) return dense;
	for (let i = 0; i < SKETCH_BINS; i++) {
		if (bins[i] !== EMPTY) continue;
		for (let attempt = 1; ; attempt++) {
			const donor = mix32(SEED ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b));
			const value = bins[donor & (SKETCH_BINS - 1)]!;
			if (value !== EMPTY) {
				dense[i] = value;
				break;
			}
		}
	}
	return dense;
}

/** One hash per band of `rows` bins: texts that agree on a whole band become candidates. */
export function bandKeys(signature: Uint32Array, rows: number): Uint32Array {
	const bands = Math.floor(SKETCH_BINS / rows);
	const keys = new Uint32Array(bands);
	for (let band = 0; band < bands; band++) {
		let h = SEED ^ band;
		for (let row = band * rows; row < (band + 1) * rows; row++) {
			h = mix32(Math.imul(h, 0x01000193) ^ signature[row]!);
		}
		keys[band] = h;
	}
	return keys;
}
