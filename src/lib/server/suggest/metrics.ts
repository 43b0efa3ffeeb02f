export interface Scores {
	precision: number;
	recall: number;
	f1: number;
}

export interface LabelScores extends Scores {
	label: string;
	/** Test texts that carry the label. */
	support: number;
	/** Test texts the model gave the label. */
	predicted: number;
	truePositives: number;
}

export interface Metrics {
	labels: LabelScores[];
	/** Pooled over every decision: dominated by the frequent labels. */
	micro: Scores;
	/** The plain mean over labels: a rare label counts as much as a frequent one. */
	macro: Scores;
}

/** Precision, recall and F1 per label; a ratio with nothing to divide by counts as 0. */
export function scoreLabelSets(
	labels: readonly string[],
	gold: readonly (readonly string[])[],
	predicted: readonly (readonly string[])[]
): Metrics {
	const perLabel = labels.map((label) => {
		let support = 0;
		let guessed = 0;
		let truePositives = 0;
		gold.forEach((expected, i) => {
			const isGold = expected.includes(label);
			const isGuessed = predicted[i]?.includes(label) ?? false;
			if (isGold) support++;
			if (isGuessed) guessed++;
			if (isGold && isGuessed) truePositives++;
		});
		return {
			label,
			support,
			predicted: guessed,
			truePositives,
			...scores(truePositives, guessed, support)
		};
	});
	const sum = (pick: (row: LabelScores) => number) => perLabel.reduce((t, row) => t + pick(row), 0);
	const mean = (pick: (row: LabelScores) => number) =>
		perLabel.length === 0 ? 0 : sum(pick) / perLabel.length;
	return {
		labels: perLabel,
		micro: scores(
			sum((row) => row.truePositives),
			sum((row) => row.predicted),
			sum((row) => row.support)
		),
		macro: {
			precision: mean((r) => r.precision),
			recall: mean((r) => r.recall),
			f1: mean((r) => r.f1)
		}
	};
}

function scores(truePositives: number, predicted: number, support: number): Scores {
	const precision = ratio(truePositives, predicted);
	const recall = ratio(truePositives, support);
	return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

function ratio(numerator: number, denominator: number): number {
	return denominator === 0 ? 0 : numerator / denominator;
}
