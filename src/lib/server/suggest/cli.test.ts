import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as sut from './cli';

const fixture = 'tests/fixtures/suggest/wspolnota.jsonl';
const directory = mkdtempSync(join(tmpdir(), 'eval-suggest-'));
const fileWith = (name: string, content: string) => {
	const path = join(directory, name);
	writeFileSync(path, content);
	return path;
};
const line = (text: string, labels: string[]) => JSON.stringify({ text, labels });

describe('runEvalSuggest', () => {
	it('prints a table of the three areas with micro and macro averages', () => {
		const outcome = sut.runEvalSuggest([fixture]);

		expect(outcome.exitCode).toBe(0);
		const rows = outcome.stdout.split('\n').map((row) => row.split(/\s+/)[0]);
		expect(rows.slice(0, 7)).toEqual(['label', '-----', '1', '2', '3', 'micro', 'macro']);
		expect(outcome.stdout).toMatch(/trained on 167, tested on 71/);
	});

	it('prints JSON that repeats for the same seed', () => {
		const run = (seed: string) => {
			const outcome = sut.runEvalSuggest([
				fixture,
				'--json',
				'--seed',
				seed,
				'--test-share',
				'0.25'
			]);
			const { trainingMs, ...rest } = JSON.parse(outcome.stdout) as Record<string, unknown>;
			expect(trainingMs).toEqual(expect.any(Number));
			return rest;
		};

		const once = run('5');

		expect(once).toMatchObject({ trainCount: 178, testCount: 60 });
		expect(run('5')).toEqual(once);
		expect(run('6')).not.toEqual(once);
	});

	it('fails with 2 and a message for a missing file', () => {
		const outcome = sut.runEvalSuggest([join(directory, 'missing.jsonl')]);

		expect(outcome).toMatchObject({ exitCode: 2, stdout: '' });
		expect(outcome.stderr).toMatch(/Cannot read .*missing\.jsonl/);
	});

	it('names the line number of a bad line', () => {
		const path = fileWith('bad.jsonl', `${line('a', ['1'])}\n${line('b', ['2'])}\n{"text": 3}\n`);

		const outcome = sut.runEvalSuggest([path]);

		expect(outcome).toMatchObject({ exitCode: 2 });
		expect(outcome.stderr).toContain('line 3: "text" must be a string');
	});

	it('refuses a file with too few examples', () => {
		const path = fileWith('small.jsonl', [line('a', ['1']), line('b', ['2'])].join('\n'));

		const outcome = sut.runEvalSuggest([path]);

		expect(outcome).toMatchObject({ exitCode: 2 });
		expect(outcome.stderr).toContain(`has 2 examples; at least ${sut.MIN_EVAL_EXAMPLES}`);
	});

	it.each([
		[[]],
		[[fixture, '--test-share', '1.5']],
		[[fixture, '--seed', 'x']],
		[[fixture, '--frobnicate']]
	])('refuses the arguments %j with the usage or the reason', (args) => {
		const outcome = sut.runEvalSuggest(args);

		expect(outcome.exitCode).toBe(2);
		expect(outcome.stderr.length).toBeGreaterThan(0);
	});
});
