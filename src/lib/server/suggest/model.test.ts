import { describe, expect, it } from 'vitest';
import * as sut from './model';

const bikes = [
	'ścieżka rowerowa wzdłuż parku',
	'więcej stojaków na rowery',
	'rowerem do szkoły bezpiecznie',
	'rower miejski przy stacji',
	'drogi rowerowe są dziurawe',
	'kontrapas dla rowerów na ulicy'
];
const gardens = [
	'ogród społeczny na podwórku',
	'sadzenie kwiatów i krzewów',
	'więcej drzew i zieleni na osiedlu',
	'grządki warzywne przy szkole',
	'kompostownik i ogródek dla sąsiadów',
	'kwietna łąka zamiast trawnika'
];
const examples: sut.Example[] = [
	...bikes.map((text) => ({ text, labels: ['bikes'] })),
	...gardens.map((text) => ({ text, labels: ['gardens'] }))
];
const confidenceOf = (model: sut.Model, text: string, label: string) =>
	sut.predict(model, text).find((p) => p.label === label)?.confidence;

describe('train and predict', () => {
	it('separates two clearly separable classes on texts it has not seen', () => {
		const model = sut.train(examples);

		const [bike] = sut.predict(model, 'Parking dla rowerów przy bibliotece');
		const [garden] = sut.predict(model, 'posadźmy drzewa i kwiaty');

		expect(bike).toMatchObject({ label: 'bikes', confidence: expect.any(Number) as number });
		expect(bike!.confidence).toBeGreaterThan(0.5);
		expect(garden).toMatchObject({ label: 'gardens' });
		expect(confidenceOf(model, 'posadźmy drzewa i kwiaty', 'bikes')).toBeLessThan(0.5);
	});

	it('learns labels independently, so one text can carry two', () => {
		const both = [
			{ text: 'rowerem do ogrodu społecznego', labels: ['bikes', 'gardens'] },
			{ text: 'stojaki rowerowe przy grządkach', labels: ['bikes', 'gardens'] }
		];
		const model = sut.train([...examples, ...both]);

		const labels = sut
			.predict(model, 'rower przy ogrodzie społecznym')
			.filter((p) => p.confidence > 0.5)
			.map((p) => p.label);

		expect(labels.sort()).toEqual(['bikes', 'gardens']);
	});

	it('returns every label as a probability, most likely first', () => {
		const predictions = sut.predict(sut.train(examples), 'rower');

		expect(predictions.map((p) => p.label).sort()).toEqual(['bikes', 'gardens']);
		expect(predictions[0]!.confidence).toBeGreaterThanOrEqual(predictions[1]!.confidence);
		for (const { confidence } of predictions) {
			expect(confidence).toBeGreaterThan(0);
			expect(confidence).toBeLessThan(1);
		}
	});

	it('is deterministic for a seed, and the seed changes the order of training', () => {
		const features = { dimensions: 1 << 10, minGram: 2, maxGram: 5 };
		const first = sut.train(examples, { seed: 3, features });
		const again = sut.train(examples, { seed: 3, features });
		const other = sut.train(examples, { seed: 4, features });

		expect(again.weights).toEqual(first.weights);
		expect(again.biases).toEqual(first.biases);
		expect(other.weights).not.toEqual(first.weights);
	});

	it('trains on nothing without failing and predicts nothing', () => {
		const model = sut.train([]);

		expect(model.labels).toEqual([]);
		expect(sut.predict(model, 'rower')).toEqual([]);
	});

	it('scores a label with no positive example close to zero', () => {
		const model = sut.train(examples, { labels: ['never'] });

		expect(model.labels).toEqual(['bikes', 'gardens', 'never']);
		expect(confidenceOf(model, 'rower', 'never')).toBeLessThan(0.05);
	});

	it('predicts nothing for a text of only punctuation or emoji, and trains past one', () => {
		const model = sut.train([...examples, { text: '🎉🎉 !!!', labels: ['bikes'] }]);

		expect(sut.predict(model, '?!… 👍🏽')).toEqual([]);
		expect(confidenceOf(model, 'ogród', 'gardens')).toBeGreaterThan(0.5);
	});

	it('predicts for a 10 000-character text', () => {
		const text = 'Kwiaty, drzewa i grządki na podwórku. '.repeat(300).slice(0, 10_000);

		const [top] = sut.predict(sut.train(examples), text);

		expect(top?.label).toBe('gardens');
	});
});
