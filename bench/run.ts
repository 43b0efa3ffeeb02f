/**
 * npm run bench — the speed goals: the kiosk's JavaScript size, the sync endpoint's throughput
 * and latency against the production build, a 100 000-row table import, and the analysts' inbox
 * and the report (aggregation, DOCX, publication, exports) at 200 000 opinions. One JSON object on
 * stdout; progress on stderr.
 */
import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { measureKioskSize } from './kiosk-size';
import { benchSync } from './kiosk-sync';
import { progress } from './log';
import { benchTableImport } from './table-import';
import { benchInbox } from './inbox';
import { benchReport } from './report';

const buildDir = resolve(process.env.BUILD_DIR || 'build');

try {
	progress(`Measuring the kiosk's size in ${buildDir}`);
	const kioskSize = await measureKioskSize(buildDir);
	const sync = await benchSync(buildDir);
	const tableImport = await benchTableImport();
	const inbox = await benchInbox();
	const report = await benchReport();
	const result = {
		node: process.version,
		date: new Date().toISOString(),
		machine: { platform: process.platform, arch: process.arch, cpus: cpus().length },
		build: { dir: buildDir, builtAt: statSync(join(buildDir, 'index.js')).mtime.toISOString() },
		kioskSize,
		sync,
		tableImport,
		inbox,
		report
	};
	process.stdout.write(`${JSON.stringify(result, null, '\t')}\n`);
} catch (error) {
	progress(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
