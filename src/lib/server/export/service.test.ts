import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import { findConsultationBySlug } from '../repositories/consultations';
import { createTestDb } from '../testing/db';
import { createJobRegistry, type JobRegistry } from './jobs';
import { registerExportKind, writesBuffer } from './kinds';
import { jobView, startExport as sut } from './service';
import { makeExportFixture } from './test-fixture';

let db: Database;
let dir: string;
let jobs: JobRegistry;
let consultation: Consultation;
const now = new Date('2026-11-23T22:30:00Z');

beforeEach(async () => {
	db = await createTestDb();
	dir = await mkdtemp(join(tmpdir(), 'glosy-service-'));
	jobs = createJobRegistry({ dir });
	const fixture = await makeExportFixture(db);
	consultation = (await findConsultationBySlug(db, fixture.consultation.slug))!;
});
afterEach(async () => {
	await db.destroy();
	await rm(dir, { recursive: true, force: true });
});

const request = (kind: string) => ({ kind, consultation, userId: 5, locale: 'pl' as const, now });

async function finished(id: string) {
	await vi.waitFor(async () => expect((await jobs.find(id, 5))?.state).toBe('done'));
	return jobView((await jobs.find(id, 5))!, consultation.slug);
}

describe('startExport', () => {
	it('runs a CSV export of every opinion under a dated ASCII name', async () => {
		const view = await finished((await sut(jobs, db, request('csv')))!);

		expect(view).toMatchObject({
			kind: 'csv',
			state: 'done',
			done: 7,
			total: 7,
			unit: 'opinions',
			file: `uwagi-${consultation.slug}-2026-11-23.csv`
		});
		expect(view.href).toBe(`/staff/consultations/${consultation.slug}/report/exports/${view.id}`);
		expect(view.statusHref).toBe(`${view.href}/status`);
	});

	it('refuses a kind nobody registered', async () => {
		expect(await sut(jobs, db, request('pdf'))).toBeNull();
		expect(await jobs.list(5, consultation.id)).toEqual([]);
	});

	it('runs a registered kind whose writer returns the whole file', async () => {
		registerExportKind('txt', {
			prefix: 'raport',
			contentType: 'text/plain',
			unit: 'steps',
			run: writesBuffer((_db, c, progress, locale) => {
				progress(1, 1);
				return Promise.resolve(new TextEncoder().encode(`${c.title} (${locale})`));
			})
		});

		const id = (await sut(jobs, db, request('txt')))!;
		const view = await finished(id);

		expect(view).toMatchObject({ unit: 'steps', done: 1, total: 1 });
		expect(view.file).toBe(`raport-${consultation.slug}-2026-11-23.txt`);
		expect(await readFile(join(dir, `${id}.txt`), 'utf8')).toBe(`${consultation.title} (pl)`);
	});
});
