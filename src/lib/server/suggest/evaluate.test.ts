import { describe, expect, it } from 'vitest';
import type { Example } from './model';
import * as sut from './evaluate';

const train: Example[] = [
	{ text: 'ścieżka rowerowa', labels: ['bikes'] },
	{ text: 'stojaki na rowery', labels: ['bikes'] },
	{ text: 'rower miejski', labels: ['bikes'] },
	{ text: 'ogród społeczny', labels: ['gardens'] },
	{ text: 'sadzenie kwiatów', labels: ['gardens'] },
	{ text: 'ogródek z kwiatami', labels: ['gardens'] }
];

describe('evaluate', () => {
	it('scores the held-out texts label by label', () => {
		const test: Example[] = [
			{ text: 'rowery na podwórku', labels: ['bikes'] },
			{ text: 'kwiaty w ogrodzie', labels: ['gardens'] }
		];

		const result = sut.evaluate(train, test);

		expect(result).toMatchObject({ trainCount: 6, testCount: 2 });
		expect(result.labels.map((row) => [row.label, row.f1])).toEqual([
			['bikes', 1],
			['gardens', 1]
		]);
		expect(result.micro.f1).toBe(1);
	});

	it('counts a label found only in the test part as missed', () => {
		const test: Example[] = [{ text: 'tramwaj', labels: ['transport'] }];

		const result = sut.evaluate(train, test);

		expect(result.labels.find((row) => row.label === 'transport')).toMatchObject({
			support: 1,
			recall: 0
		});
	});

	it('predicts a label only at or above the threshold', () => {
		const test: Example[] = [{ text: 'rower', labels: ['bikes'] }];

		const strict = sut.evaluate(train, test, { threshold: 1 });

		expect(strict.micro).toMatchObject({ recall: 0 });
	});
});
