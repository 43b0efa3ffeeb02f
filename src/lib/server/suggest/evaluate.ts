import { scoreLabelSets, type Metrics } from './metrics';
import { predict, train, type Example, type TrainOptions } from './model';

export interface EvaluateOptions extends Partial<TrainOptions> {
	/** A label is predicted when its confidence reaches this. */
	threshold?: number;
}

export interface Evaluation extends Metrics {
	trainCount: number;
	testCount: number;
	trainingMs: number;
}

export const DEFAULT_THRESHOLD = 0.5;

/** Trains on one part and scores the other; labels seen in either part are scored. */
export function evaluate(
	trainExamples: readonly Example[],
	testExamples: readonly Example[],
	options: EvaluateOptions = {}
): Evaluation {
	const { threshold = DEFAULT_THRESHOLD, ...trainOptions } = options;
	const started = performance.now();
	const model = train(trainExamples, trainOptions);
	const trainingMs = performance.now() - started;
	const labels = [...new Set([...model.labels, ...testExamples.flatMap((e) => e.labels)])].sort();
	const predicted = testExamples.map((example) =>
		predict(model, example.text)
			.filter((p) => p.confidence >= threshold)
			.map((p) => p.label)
	);
	const gold = testExamples.map((example) => example.labels);
	return {
		...scoreLabelSets(labels, gold, predicted),
		trainCount: trainExamples.length,
		testCount: testExamples.length,
		trainingMs
	};
}
