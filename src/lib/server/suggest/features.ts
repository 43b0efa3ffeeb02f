import { fold } from '$lib/domain/fold';

export interface FeatureOptions {
	/** A power of two: n-grams are hashed into this many buckets. */
	dimensions: number;
	minGram: number;
	maxGram: number;
}

export const DEFAULT_FEATURES: FeatureOptions = { dimensions: 1 << 16, minGram: 2, maxGram: 5 };

/** Bucket indices and their weights; the weights have unit length unless the text has none. */
export interface SparseVector {
	indices: Int32Array;
	values: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Character n-grams of the folded words, each word padded with a space on both sides so that
 * beginnings and endings count: Polish inflects at the end, and a stem shared by „sąsiad”,
 * „sąsiedzi” and „sąsiadów” still matches. Counts are damped (1 + ln n) and the vector is
 * L2-normalised so that a long e-mail does not outweigh a sticky note.
 */
export function featurize(text: string, options: FeatureOptions = DEFAULT_FEATURES): SparseVector {
	const mask = options.dimensions - 1;
	const counts = scratchCounts(options.dimensions);
	const touched: number[] = [];
	for (const word of fold(text).split(' ')) {
		if (word === '') continue;
		const padded = ` ${word} `;
		for (let start = 0; start + options.minGram <= padded.length; start++) {
			let hash = FNV_OFFSET;
			const end = Math.min(padded.length, start + options.maxGram);
			for (let i = start; i < end; i++) {
				hash = Math.imul(hash ^ padded.charCodeAt(i), FNV_PRIME);
				if (i - start + 1 < options.minGram) continue;
				const bucket = (hash >>> 0) & mask;
				if (counts[bucket] === 0) touched.push(bucket);
				counts[bucket] = (counts[bucket] as number) + 1;
			}
		}
	}
	return normalised(counts, touched);
}

// One zeroed array per size, reused: featurising is synchronous, and every call zeroes what it
// touched before it returns.
const scratch = new Map<number, Uint32Array>();
function scratchCounts(dimensions: number): Uint32Array {
	const existing = scratch.get(dimensions);
	if (existing) return existing;
	const counts = new Uint32Array(dimensions);
	scratch.set(dimensions, counts);
	return counts;
}

function normalised(counts: Uint32Array, touched: number[]): SparseVector {
	const indices = Int32Array.from(touched);
	const values = new Float32Array(touched.length);
	let squares = 0;
	for (let k = 0; k < touched.length; k++) {
		const bucket = touched[k] as number;
		const value = 1 + Math.log(counts[bucket] as number);
		counts[bucket] = 0;
		values[k] = value;
		squares += value * value;
	}
	const norm = Math.sqrt(squares);
	for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) / norm;
	return { indices, values };
}
