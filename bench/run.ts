/**
 * npm run bench [-- section…] — the speed goals: the kiosk's JavaScript size, the sync
 * endpoint's throughput, a 100 000-row table import, the inbox and the report at 200 000
 * opinions, intake at 50 connections against a bare reference, and the server's memory under
 * that load. One JSON object on stdout and in bench/results/; progress on stderr.
 * See docs/bench.md.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchInbox } from './inbox';
import { benchIntake } from './intake';
import { measureKioskSize } from './kiosk-size';
import { benchSync } from './kiosk-sync';
import { progress } from './log';
import { benchMemory } from './memory';
import { currentCommit, machine, resultFileName, writeResult } from './meta';
import { benchReport } from './report';
import { chooseSections, SECTIONS, type Section } from './sections';
import { benchTableImport } from './table-import';
import { summariseTargets } from './targets';

const buildDir = resolve(process.env.BUILD_DIR || 'build');
const resultsDir = resolve(import.meta.dirname, 'results');

const RUNS: Record<Section, [key: string, run: () => Promise<unknown>]> = {
	'kiosk-size': ['kioskSize', () => measureKioskSize(buildDir)],
	sync: ['sync', () => benchSync(buildDir)],
	import: ['tableImport', () => benchTableImport()],
	inbox: ['inbox', () => benchInbox()],
	report: ['report', () => benchReport()],
	intake: ['intake', () => benchIntake(buildDir)],
	memory: ['memory', () => benchMemory(buildDir)]
};

const choice = chooseSections(process.argv.slice(2));
if (!choice.ok) {
	progress(`Unknown section ${choice.unknown.join(', ')}; the sections: ${SECTIONS.join(', ')}`);
	process.exit(2);
}

try {
	const started = new Date();
	const commit = currentCommit();
	const sections: Record<string, unknown> = {};
	for (const section of choice.sections) {
		const [key, run] = RUNS[section];
		progress(`— ${section}`);
		sections[key] = await run();
	}
	const result = {
		date: started.toISOString(),
		commit,
		node: process.version,
		machine: machine(),
		build: { dir: buildDir, builtAt: builtAt(join(buildDir, 'index.js')) },
		sections: choice.sections,
		...sections,
		targets: summariseTargets(sections)
	};
	const json = `${JSON.stringify(result, null, '\t')}\n`;
	process.stdout.write(json);
	progress(`Written to ${writeResult(resultsDir, resultFileName(started, commit), json)}`);
} catch (error) {
	progress(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
	process.exitCode = 1;
}

function builtAt(entry: string): string | null {
	return existsSync(entry) ? statSync(entry).mtime.toISOString() : null;
}
