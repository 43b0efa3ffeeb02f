import { describe, expect, it } from 'vitest';
import * as sut from './features';

const norm = (values: Float32Array) => Math.hypot(...values);
const asMap = ({ indices, values }: sut.SparseVector) =>
	new Map([...indices].map((index, k) => [index, values[k]]));

describe('featurize', () => {
	it('folds case and diacritics, ł included, and ignores punctuation', () => {
		expect(sut.featurize('Łódź, Sąsiedzi!')).toEqual(sut.featurize('lodz sasiedzi'));
	});

	it('gives a unit-length vector with every index inside the dimensions', () => {
		const vector = sut.featurize('Więcej ławek na skwerze przy bibliotece.');

		expect(norm(vector.values)).toBeCloseTo(1, 5);
		expect(Math.max(...vector.indices)).toBeLessThan(sut.DEFAULT_FEATURES.dimensions);
	});

	it('pads words so that "ab" alone and "ab" inside "kabel" are different n-grams', () => {
		const alone = sut.featurize('ab', { dimensions: 1 << 20, minGram: 2, maxGram: 2 });

		// " a", "ab", "b " — of which only "ab" occurs in " kabel ".
		expect(alone.indices).toHaveLength(3);
		const inside = asMap(sut.featurize('kabel', { dimensions: 1 << 20, minGram: 2, maxGram: 2 }));
		expect([...alone.indices].filter((index) => inside.has(index))).toHaveLength(1);
	});

	it('damps repeated n-grams logarithmically', () => {
		const options = { dimensions: 1 << 20, minGram: 3, maxGram: 3 };
		const [cat] = sut.featurize('kot', options).indices;
		const [dog] = sut.featurize('pies', options).indices;
		const mixed = asMap(sut.featurize('kot pies pies pies', options));

		expect(mixed.get(dog!)! / mixed.get(cat!)!).toBeCloseTo(1 + Math.log(3), 5);
	});

	it('gives an empty vector for text of only punctuation, spaces or emoji', () => {
		for (const text of ['', '   ', '?!… ---', '👍🏽🎉']) {
			expect(sut.featurize(text).indices).toHaveLength(0);
		}
	});

	it('handles a 10 000-character text', () => {
		const text = 'Sąsiedzi z Pragi chcą mieć miejsce spotkań. '.repeat(250).slice(0, 10_000);

		const vector = sut.featurize(text);

		expect(vector.values.every(Number.isFinite)).toBe(true);
		expect(norm(vector.values)).toBeCloseTo(1, 5);
	});
});
