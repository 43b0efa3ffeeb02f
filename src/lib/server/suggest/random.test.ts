import { describe, expect, it } from 'vitest';
import * as sut from './random';

describe('seededRandom', () => {
	it('repeats its sequence for a seed and differs between seeds', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, sut.seededRandom(seed));

		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
		expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
	});
});

describe('shuffled', () => {
	it('permutes a copy and leaves the input alone', () => {
		const items = Array.from({ length: 20 }, (_, i) => i);

		const result = sut.shuffled(items, sut.seededRandom(1));

		expect(result).not.toEqual(items);
		expect([...result].sort((a, b) => a - b)).toEqual(items);
		expect(items[0]).toBe(0);
	});
});
