import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from './db/connect';
import { storeOpinion } from './services/intake';
import { createTestDb } from './testing/db';
import { countRows, makeConsultation } from './testing/factories';
import * as sut from './jobs';

let db: Database;
let consultationId: number;

async function contact() {
	await storeOpinion(db, {
		comment: {
			uuid: crypto.randomUUID(),
			consultation_id: consultationId,
			channel: 'online',
			text: 'Ławki.'
		},
		contact: { email: 'anna@example.org', source: 'form', consentAt: null }
	});
}

beforeEach(async () => {
	db = await createTestDb();
	consultationId = (await makeConsultation(db)).id;
	await db.updateTable('consultations').set({ contact_retention_days: 1 }).execute();
	await db
		.insertInto('report_versions')
		.values({
			consultation_id: consultationId,
			version: 1,
			published_at: '2026-01-01T00:00:00.000Z',
			snapshot_json: '{}'
		})
		.execute();
	await contact();
});
afterEach(() => db.destroy());

describe('startRetentionJob', () => {
	it('purges at start and every interval, logging counts only', async () => {
		const lines: string[] = [];
		const stop = sut.startRetentionJob(db, { intervalMs: 50, log: (l) => lines.push(l) });

		await vi.waitFor(() => expect(lines).toHaveLength(1));
		expect(await countRows(db, 'comment_contacts')).toBe(0);
		await contact();
		await vi.waitFor(() => expect(lines).toHaveLength(2));
		stop();

		expect(lines).toEqual([
			'retention: removed 1 contact address(es) in 1 consultation(s)',
			'retention: removed 1 contact address(es) in 1 consultation(s)'
		]);
		expect(lines.join()).not.toContain('@');
	});

	it('stops when asked', async () => {
		const lines: string[] = [];
		const stop = sut.startRetentionJob(db, { intervalMs: 20, log: (l) => lines.push(l) });
		await vi.waitFor(() => expect(lines).toHaveLength(1));
		stop();

		await contact();
		await new Promise((resolve) => setTimeout(resolve, 80));

		expect(lines).toHaveLength(1);
		expect(await countRows(db, 'comment_contacts')).toBe(1);
	});
});
