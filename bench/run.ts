/**
 * npm run bench — the kiosk's speed goals: its JavaScript size and the sync endpoint's throughput
 * and latency against the production build. One JSON object on stdout; progress on stderr.
 */
import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { measureKioskSize } from './kiosk-size';
import { benchSync } from './kiosk-sync';
import { progress } from './log';

const buildDir = resolve(process.env.BUILD_DIR || 'build');

try {
	progress(`Measuring the kiosk's size in ${buildDir}`);
	const kioskSize = await measureKioskSize(buildDir);
	const sync = await benchSync(buildDir);
	const result = {
		node: process.version,
		date: new Date().toISOString(),
		machine: { platform: process.platform, arch: process.arch, cpus: cpus().length },
		build: { dir: buildDir, builtAt: statSync(join(buildDir, 'index.js')).mtime.toISOString() },
		kioskSize,
		sync
	};
	process.stdout.write(`${JSON.stringify(result, null, '\t')}\n`);
} catch (error) {
	progress(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
