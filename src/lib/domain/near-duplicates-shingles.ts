/** Characters per shingle: long enough to carry a word's stem, short enough to survive a typo. */
export const SHINGLE_LENGTH = 5;

/** The murmur3 finaliser: spreads FNV's weak low bits over all 32. */
export function mix32(value: number): number {
	let h = value;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

// B^(SHINGLE_LENGTH - 1) modulo 2^32, to drop the leaving character from the rolling hash.
const BASE = 0x01000193;
let outgoing = 1;
for (let i = 1; i < SHINGLE_LENGTH; i++) outgoing = Math.imul(outgoing, BASE);

/** The distinct character shingles of a folded text, as sorted 32-bit hashes (a rolling hash). */
export function shingleHashes(key: string): Uint32Array {
	const padded = ` ${key} `;
	if (padded.length < SHINGLE_LENGTH) return Uint32Array.of(mix32(polynomial(padded)));
	const hashes = new Uint32Array(padded.length - SHINGLE_LENGTH + 1);
	let h = polynomial(padded.slice(0, SHINGLE_LENGTH));
	hashes[0] = mix32(h);
	for (let i = SHINGLE_LENGTH; i < padded.length; i++) {
		h = Math.imul(h - Math.imul(padded.charCodeAt(i - SHINGLE_LENGTH), outgoing), BASE);
		h = (h + padded.charCodeAt(i)) | 0;
		hashes[i - SHINGLE_LENGTH + 1] = mix32(h);
	}
	return distinct(radixSort(hashes));
}

function polynomial(text: string): number {
	let h = 0;
	for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
	return h;
}

let scratch = new Uint32Array(1024);
const counts = new Uint32Array(256);

/**
 * Sorts in place, a byte at a time (least significant first): a text's few hundred hashes sort
 * about twice as fast as the built-in comparison sort.
 */
function radixSort(values: Uint32Array): Uint32Array {
	if (scratch.length < values.length) scratch = new Uint32Array(values.length * 2);
	let from: Uint32Array = values;
	let to: Uint32Array = scratch.subarray(0, values.length);
	for (let shift = 0; shift < 32; shift += 8) {
		counts.fill(0);
		for (let i = 0; i < from.length; i++) counts[(from[i]! >>> shift) & 0xff]!++;
		let total = 0;
		for (let digit = 0; digit < 256; digit++) {
			const n = counts[digit]!;
			counts[digit] = total;
			total += n;
		}
		for (let i = 0; i < from.length; i++) to[counts[(from[i]! >>> shift) & 0xff]!++] = from[i]!;
		[from, to] = [to, from];
	}
	// Four passes: the sorted values are back in `values`.
	return from;
}

function distinct(sorted: Uint32Array): Uint32Array {
	let n = 0;
	for (let i = 0; i < sorted.length; i++) {
		if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
	}
	return sorted.subarray(0, n);
}

/** |A ∩ B| / |A ∪ B| of two sorted sets of distinct hashes. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
	let i = 0;
	let j = 0;
	let shared = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x === y) {
			shared++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	const union = a.length + b.length - shared;
	return union === 0 ? 0 : shared / union;
}

/** Whether Jaccard(a, b) ≥ threshold; stops once the rest could no longer share enough. */
export function jaccardAtLeast(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
	// shared / (|A| + |B| − shared) ≥ t  ⟺  shared ≥ t (|A| + |B|) / (1 + t)
	const needed = (threshold * (a.length + b.length)) / (1 + threshold);
	let i = 0;
	let j = 0;
	let shared = 0;
	while (i < a.length && j < b.length) {
		if (shared + Math.min(a.length - i, b.length - j) < needed) return false;
		const x = a[i]!;
		const y = b[j]!;
		if (x === y) {
			shared++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return needed > 0 && shared >= needed;
}
