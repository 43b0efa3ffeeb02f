import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate } from './evaluate';
import { parseExamples } from './jsonl';
import { splitExamples } from './split';
import { formatEvaluation } from './table';

/** Fewer examples than this cannot give a test part worth a number. */
export const MIN_EVAL_EXAMPLES = 10;

export const USAGE =
	'Usage: npm run eval:suggest -- <file.jsonl> [--test-share 0.3] [--seed 1] [--json]';

export interface CliOutcome {
	exitCode: 0 | 2;
	stdout: string;
	stderr: string;
}

/** Everything `npm run eval:suggest` does except printing, so that it can be tested. */
export function runEvalSuggest(args: readonly string[]): CliOutcome {
	let values;
	let positionals;
	try {
		({ values, positionals } = parseArgs({
			args: [...args],
			allowPositionals: true,
			options: {
				'test-share': { type: 'string', default: '0.3' },
				seed: { type: 'string', default: '1' },
				json: { type: 'boolean', default: false }
			}
		}));
	} catch (error) {
		return failure(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
	}
	const testShare = Number(values['test-share']);
	const seed = Number(values.seed);
	if (positionals.length !== 1) return failure(USAGE);
	if (!(testShare > 0 && testShare < 1)) return failure('--test-share must be between 0 and 1');
	if (!Number.isInteger(seed)) return failure('--seed must be an integer');
	const [path] = positionals as [string];

	let content: string;
	try {
		content = readFileSync(path, 'utf8');
	} catch {
		return failure(`Cannot read ${path}: no such file, or not readable.`);
	}
	const parsed = parseExamples(content);
	if (!parsed.ok) return failure(`${path}, line ${parsed.line}: ${parsed.reason}`);
	if (parsed.examples.length < MIN_EVAL_EXAMPLES) {
		return failure(
			`${path} has ${parsed.examples.length} examples; at least ${MIN_EVAL_EXAMPLES} are needed.`
		);
	}
	const { train, test } = splitExamples(parsed.examples, { testShare, seed });
	const evaluation = evaluate(train, test, { seed });
	const stdout = values.json ? JSON.stringify(evaluation, null, 2) : formatEvaluation(evaluation);
	return { exitCode: 0, stdout: `${stdout}\n`, stderr: '' };
}

function failure(message: string): CliOutcome {
	return { exitCode: 2, stdout: '', stderr: `${message}\n` };
}
