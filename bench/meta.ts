import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Commit {
	sha: string;
	short: string;
	/** Uncommitted changes in the tree: the figures are of more than the commit. */
	dirty: boolean;
}

/** The checked-out commit, or null outside a git work tree. */
export function currentCommit(): Commit | null {
	try {
		const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
		const sha = git('rev-parse', 'HEAD');
		return { sha, short: sha.slice(0, 7), dirty: git('status', '--porcelain') !== '' };
	} catch {
		return null;
	}
}

export function machine() {
	const cores = cpus();
	return {
		platform: process.platform,
		arch: process.arch,
		cpus: cores.length,
		cpuModel: cores[0]?.model ?? 'unknown',
		memoryMB: Math.round(totalmem() / 1024 / 1024)
	};
}

/** `2026-11-23T121321Z-b0f8ff9.json`: ISO 8601 date and time (basic time, no colons), commit. */
export function resultFileName(at: Date, commit: Pick<Commit, 'short'> | null): string {
	const stamp = at
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replaceAll(':', '');
	return `${stamp}-${commit?.short ?? 'no-commit'}.json`;
}

export function writeResult(dir: string, name: string, json: string): string {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, name);
	writeFileSync(path, json);
	return path;
}
