import { access, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJobRegistry, JOB_ID_PATTERN, type JobRun } from './jobs';

let dir: string;
let clock: Date;
let lines: string[];

const spec = (userId = 1, kind = 'csv') => ({
	kind,
	consultationId: 7,
	userId,
	filename: `uwagi-x-2018-05-29.${kind}`
});
const exists = (path: string) =>
	access(path).then(
		() => true,
		() => false
	);

/** A run that writes its file and then waits until the test lets it finish. */
function heldRun() {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	const run: JobRun = async ({ path, progress }) => {
		await writeFile(path, 'x');
		progress(1, 3);
		await held;
		progress(3, 3);
	};
	return { run, release };
}

function registry(maxRunning = 2) {
	return createJobRegistry({
		dir,
		maxRunning,
		ttlMs: 60 * 60 * 1000,
		now: () => clock,
		log: (line) => lines.push(line)
	});
}

beforeEach(async () => {
	dir = join(await mkdtemp(join(tmpdir(), 'glosy-jobs-')), 'jobs');
	clock = new Date('2026-11-23T10:00:00Z');
	lines = [];
});
afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

describe('createJobRegistry', () => {
	it('runs a job to its total and keeps its file', async () => {
		const sut = registry();
		const { run, release } = heldRun();
		const id = await sut.start(spec(), run);

		expect(id).toMatch(JOB_ID_PATTERN);
		await vi.waitFor(async () => expect((await sut.find(id, 1))?.done).toBe(1));
		expect(await sut.find(id, 1)).toMatchObject({ state: 'running', done: 1, total: 3 });
		release();
		await vi.waitFor(async () => expect((await sut.find(id, 1))?.state).toBe('done'));
		const job = (await sut.find(id, 1))!;
		expect(job).toMatchObject({ done: 3, total: 3, filename: 'uwagi-x-2018-05-29.csv' });
		expect(await exists(job.path)).toBe(true);
	});

	it('shows a job only to the user who started it', async () => {
		const sut = registry();
		const id = await sut.start(spec(1), heldRun().run);

		expect(await sut.find(id, 2)).toBeUndefined();
		expect(await sut.list(2, 7)).toEqual([]);
		expect((await sut.list(1, 7)).map((j) => j.id)).toEqual([id]);
		expect(await sut.find('a'.repeat(32), 1)).toBeUndefined();
	});

	it('runs at most two at once; the others wait their turn', async () => {
		const sut = registry();
		const runs = [heldRun(), heldRun(), heldRun()];
		const ids: string[] = [];
		for (const { run } of runs) ids.push(await sut.start(spec(), run));
		const states = async () => Promise.all(ids.map(async (id) => (await sut.find(id, 1))?.state));

		expect(await states()).toEqual(['running', 'running', 'queued']);
		runs[0]!.release();
		await vi.waitFor(async () => expect(await states()).toEqual(['done', 'running', 'running']));
		runs[1]!.release();
		runs[2]!.release();
		await vi.waitFor(async () => expect(await states()).toEqual(['done', 'done', 'done']));
	});

	it('deletes a file an hour after its job ended, on the next access', async () => {
		const sut = registry();
		const { run, release } = heldRun();
		release();
		const id = await sut.start(spec(), run);
		await vi.waitFor(async () => expect((await sut.find(id, 1))?.state).toBe('done'));
		const { path } = (await sut.find(id, 1))!;

		clock = new Date('2026-11-23T10:59:00Z');
		expect(await sut.find(id, 1)).toBeDefined();
		clock = new Date('2026-11-23T11:00:01Z');
		expect(await sut.find(id, 1)).toBeUndefined();
		expect(await exists(path)).toBe(false);
	});

	it('removes files an earlier process left when a new job starts', async () => {
		await mkdir(dir, { recursive: true });
		const stale = join(dir, `${'b'.repeat(32)}.csv`);
		await writeFile(stale, 'old');
		const anHourAgo = new Date(clock.getTime() - 61 * 60 * 1000);
		await utimes(stale, anHourAgo, anHourAgo);

		await registry().start(spec(), heldRun().run);

		expect(await exists(stale)).toBe(false);
	});

	it('marks a failed job, deletes its partial file and logs no data', async () => {
		const sut = registry();
		const id = await sut.start(spec(), async ({ path }) => {
			await writeFile(path, 'half');
			throw new TypeError('cannot read anna@example.org');
		});

		await vi.waitFor(async () => expect((await sut.find(id, 1))?.state).toBe('failed'));
		expect(await exists(join(dir, `${id}.csv`))).toBe(false);
		expect(lines).toEqual([`export csv ${id} failed: TypeError`]);
	});

	it('refuses a kind that is not a plain extension', async () => {
		await expect(registry().start(spec(1, '../x'), heldRun().run)).rejects.toThrow();
	});
});
