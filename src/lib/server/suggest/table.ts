import type { Evaluation } from './evaluate';
import type { Scores } from './metrics';

/** A fixed-width plain-text table: one row per label, then micro and macro averages. */
export function formatEvaluation(evaluation: Evaluation): string {
	const rows = [
		['label', 'support', 'predicted', 'precision', 'recall', 'F1'],
		...evaluation.labels.map((row) => [
			row.label,
			String(row.support),
			String(row.predicted),
			...fixed(row)
		]),
		['micro', '', '', ...fixed(evaluation.micro)],
		['macro', '', '', ...fixed(evaluation.macro)]
	];
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	const lines = rows.map((row) =>
		row
			.map((cell, column) =>
				column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)
			)
			.join('  ')
	);
	lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
	const counts = `trained on ${evaluation.trainCount}, tested on ${evaluation.testCount} (${evaluation.trainingMs.toFixed(0)} ms to train)`;
	return [...lines, '', counts].join('\n');
}

function fixed(scores: Scores): string[] {
	return [scores.precision, scores.recall, scores.f1].map((value) => value.toFixed(3));
}
