import { describe, expect, it } from 'vitest';
import * as sut from './metrics';

describe('scoreLabelSets', () => {
	it('matches a hand-computed example', () => {
		const gold = [['1'], ['1', '2'], ['2'], [], ['3']];
		const predicted = [['1'], ['1'], ['1', '2'], ['3'], []];

		const metrics = sut.scoreLabelSets(['1', '2', '3'], gold, predicted);

		// 1: tp 2, predicted 3, support 2 → P 2/3, R 1, F1 0.8
		// 2: tp 1, predicted 1, support 2 → P 1, R 1/2, F1 2/3
		// 3: tp 0, predicted 1, support 1 → 0, 0, 0
		expect(metrics.labels).toEqual([
			{
				label: '1',
				support: 2,
				predicted: 3,
				truePositives: 2,
				precision: 2 / 3,
				recall: 1,
				f1: 0.8
			},
			{
				label: '2',
				support: 2,
				predicted: 1,
				truePositives: 1,
				precision: 1,
				recall: 0.5,
				f1: 2 / 3
			},
			{ label: '3', support: 1, predicted: 1, truePositives: 0, precision: 0, recall: 0, f1: 0 }
		]);
		// micro: tp 3, predicted 5, support 5
		expect(metrics.micro).toEqual({
			precision: 0.6,
			recall: 0.6,
			f1: expect.closeTo(0.6, 10) as number
		});
		expect(metrics.macro.precision).toBeCloseTo((2 / 3 + 1) / 3, 10);
		expect(metrics.macro.recall).toBeCloseTo(0.5, 10);
		expect(metrics.macro.f1).toBeCloseTo((0.8 + 2 / 3) / 3, 10);
	});

	it('scores zero, not NaN, when there is nothing to score', () => {
		const metrics = sut.scoreLabelSets(['1'], [[]], [[]]);

		expect(metrics.labels[0]).toMatchObject({ precision: 0, recall: 0, f1: 0 });
		expect(sut.scoreLabelSets([], [], []).macro).toEqual({ precision: 0, recall: 0, f1: 0 });
	});
});
