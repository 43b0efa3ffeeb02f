import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { ExportJobState } from '$lib/domain/export-jobs';

export interface JobContext {
	/** Where the job writes its file; served only once the job is done. */
	path: string;
	progress: (done: number, total: number) => void;
}

export type JobRun = (context: JobContext) => Promise<void>;

export interface JobSpec {
	/** Also the file's extension: lower-case letters and digits. */
	kind: string;
	consultationId: number;
	userId: number;
	/** The ASCII name the download is offered under. */
	filename: string;
}

export interface ExportJob extends JobSpec {
	id: string;
	state: ExportJobState;
	done: number;
	total: number;
	path: string;
	createdAt: Date;
	finishedAt: Date | null;
}

export interface JobRegistryOptions {
	dir: string;
	ttlMs?: number;
	maxRunning?: number;
	now?: () => Date;
	/** Where failures are reported: the kind and the error's class, never the data. */
	log?: (line: string) => void;
}

export type JobRegistry = ReturnType<typeof createJobRegistry>;

/** 160 random bits: a job's id is all that guards its download besides the owner check. */
export const JOB_ID_PATTERN = /^[a-z2-7]{32}$/;

function newJobId(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * Export jobs of this process: at most `maxRunning` at once (the rest wait their turn), each
 * writing one file that is deleted an hour after the job ends. A user sees only their own jobs.
 */
export function createJobRegistry({
	dir,
	ttlMs = 60 * 60 * 1000,
	maxRunning = 2,
	now = () => new Date(),
	log = console.error
}: JobRegistryOptions) {
	const jobs = new Map<string, ExportJob>();
	const runs = new Map<string, JobRun>();
	const waiting: string[] = [];
	let running = 0;

	const expired = (job: ExportJob) =>
		job.finishedAt !== null && now().getTime() - job.finishedAt.getTime() >= ttlMs;

	/** Forgets expired jobs and deletes their files. */
	async function sweep() {
		for (const job of [...jobs.values()].filter(expired)) {
			jobs.delete(job.id);
			await rm(job.path, { force: true });
		}
	}

	/** Files a previous process left behind (a restart forgets its jobs, not their files). */
	async function sweepOrphans() {
		const names = await readdir(dir).catch(() => [] as string[]);
		for (const name of names) {
			if (jobs.has(name.split('.')[0]!)) continue;
			const file = join(dir, name);
			const info = await stat(file).catch(() => null);
			if (info && now().getTime() - info.mtime.getTime() >= ttlMs) await rm(file, { force: true });
		}
	}

	async function execute(job: ExportJob, run: JobRun) {
		job.state = 'running';
		try {
			await run({
				path: job.path,
				progress: (done, total) => {
					job.done = done;
					job.total = total;
				}
			});
			job.state = 'done';
		} catch (cause) {
			log(`export ${job.kind} ${job.id} failed: ${cause instanceof Error ? cause.name : 'error'}`);
			await rm(job.path, { force: true });
			job.state = 'failed';
		} finally {
			job.finishedAt = now();
			running--;
			pump();
		}
	}

	function pump() {
		while (running < maxRunning && waiting.length > 0) {
			const id = waiting.shift()!;
			const job = jobs.get(id);
			const run = runs.get(id);
			runs.delete(id);
			if (!job || !run) continue;
			running++;
			void execute(job, run);
		}
	}

	return {
		async start(spec: JobSpec, run: JobRun): Promise<string> {
			if (!/^[a-z0-9]+$/.test(spec.kind)) throw new Error(`bad export kind: ${spec.kind}`);
			await mkdir(dir, { recursive: true });
			await sweep();
			await sweepOrphans();
			const id = newJobId();
			jobs.set(id, {
				...spec,
				id,
				state: 'queued',
				done: 0,
				total: 0,
				path: join(dir, `${id}.${spec.kind}`),
				createdAt: now(),
				finishedAt: null
			});
			runs.set(id, run);
			waiting.push(id);
			pump();
			return id;
		},

		/** The job if it exists, has not expired and belongs to this user; else undefined. */
		async find(id: string, userId: number): Promise<ExportJob | undefined> {
			await sweep();
			const job = jobs.get(id);
			return job && job.userId === userId ? { ...job } : undefined;
		},

		/** This user's jobs for one consultation, newest first. */
		async list(userId: number, consultationId: number): Promise<ExportJob[]> {
			await sweep();
			return [...jobs.values()]
				.filter((j) => j.userId === userId && j.consultationId === consultationId)
				.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
				.map((j) => ({ ...j }));
		}
	};
}
