import { describe, expect, it } from 'vitest';
import { bandKeys, sketch, SKETCH_BINS } from './near-duplicates-minhash';
import { jaccard, shingleHashes } from './near-duplicates-shingles';

/** The share of bins in which two sketches agree. */
const agreement = (a: Uint32Array, b: Uint32Array) =>
	a.filter((value, i) => value === b[i]).length / SKETCH_BINS;

const base =
	'w parku skaryszewskim brakuje laweczek seniorzy nie maja gdzie usiasc prosze o wiecej lawek';

describe('one-permutation MinHash', () => {
	it('estimates the Jaccard similarity of the shingle sets', () => {
		const a = shingleHashes(base);
		const b = shingleHashes(base.replace('seniorzy', 'starsi ludzie').replace('prosze', 'apeluje'));
		const exact = jaccard(a, b);

		expect(exact).toBeGreaterThan(0.4);
		expect(exact).toBeLessThan(0.9);
		expect(Math.abs(agreement(sketch(a), sketch(b)) - exact)).toBeLessThan(0.15);
		expect(agreement(sketch(a), sketch(a))).toBe(1);
	});

	it('is deterministic and fills every bin, also for a short text', () => {
		const short = sketch(shingleHashes('wiecej lawek'));

		expect(short).toEqual(sketch(shingleHashes('wiecej lawek')));
		expect(short.every((value) => value !== 0xffffffff)).toBe(true);
		expect(bandKeys(short, 4)).toEqual(bandKeys(sketch(shingleHashes('wiecej lawek')), 4));
	});
});

describe('shingleHashes', () => {
	it('gives each distinct 5-character shingle once, in ascending order', () => {
		const text = 'ala ma kota ala ma kota ala ma psa';
		const padded = ` ${text} `;
		const shingles = new Set(
			Array.from({ length: padded.length - 4 }, (_, i) => padded.slice(i, i + 5))
		);

		const hashes = shingleHashes(text);

		expect(hashes.length).toBe(shingles.size);
		expect([...hashes]).toEqual([...new Set(hashes)].sort((a, b) => a - b));
	});
});

describe('jaccard', () => {
	it('is 1 for the same set, 0 for disjoint or empty sets', () => {
		const a = shingleHashes(base);
		expect(jaccard(a, a)).toBe(1);
		expect(jaccard(a, shingleHashes('zupelnie inny tekst'))).toBe(0);
		expect(jaccard(new Uint32Array(), new Uint32Array())).toBe(0);
	});
});
