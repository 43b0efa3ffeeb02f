/**
 * npm run eval:suggest -- <file.jsonl> [--test-share 0.3] [--seed 1] [--json]
 * Trains the suggestion classifier on part of a labelled file and scores it on the rest.
 */
import { runEvalSuggest } from '../src/lib/server/suggest/cli';

const outcome = runEvalSuggest(process.argv.slice(2));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
