import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { countRows, makeConsultation } from '../testing/factories';
import { storeOpinion } from './intake';
import * as sut from './retention';

let db: Database;

async function consultationWithContacts(
	retention: number | null,
	published: string[],
	contacts = 2
) {
	const { id } = await makeConsultation(db);
	await db
		.updateTable('consultations')
		.set({ contact_retention_days: retention })
		.where('id', '=', id)
		.execute();
	for (const [i, at] of published.entries()) {
		await db
			.insertInto('report_versions')
			.values({ consultation_id: id, version: i + 1, published_at: at, snapshot_json: '{}' })
			.execute();
	}
	for (let i = 0; i < contacts; i++) {
		await storeOpinion(db, {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: id,
				channel: 'online',
				text: 'Ławki.'
			},
			contact: { email: `osoba${i}@example.org`, source: 'form', consentAt: null }
		});
	}
	return id;
}

const contactsOf = (consultationId: number) =>
	db
		.selectFrom('comment_contacts')
		.innerJoin('comments', 'comments.id', 'comment_contacts.comment_id')
		.select('comment_contacts.email')
		.where('comments.consultation_id', '=', consultationId)
		.execute();

beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

describe('purgeExpiredContacts', () => {
	const now = new Date('2026-07-01T12:00:00.000Z');

	it('removes contacts once the days since the FIRST published report have passed', async () => {
		// 30 days from the first version (2026-05-01) passed; from the second (06-15) they have not.
		const expired = await consultationWithContacts(30, [
			'2026-05-01T10:00:00.000Z',
			'2026-06-15T10:00:00.000Z'
		]);

		expect(await sut.purgeExpiredContacts(db, now)).toEqual([
			{ consultationId: expired, contacts: 2 }
		]);
		expect(await contactsOf(expired)).toEqual([]);
		expect(await countRows(db, 'comments')).toBe(2);
	});

	it.each([
		['no retention setting', null, ['2020-01-01T00:00:00.000Z']],
		['no published report', 30, []],
		['the period not over yet', 30, ['2026-06-01T12:00:01.000Z']]
	])('keeps contacts with %s', async (_, retention, published) => {
		const kept = await consultationWithContacts(retention, published);

		expect(await sut.purgeExpiredContacts(db, now)).toEqual([]);
		expect(await contactsOf(kept)).toHaveLength(2);
	});

	it('audits once per consultation, with counts only, and not again when nothing is left', async () => {
		const expired = await consultationWithContacts(1, ['2026-06-01T00:00:00.000Z'], 3);

		await sut.purgeExpiredContacts(db, now);
		expect(await sut.purgeExpiredContacts(db, now)).toEqual([]);

		const audit = (await listAudit(db, 'consultation', expired)).filter(
			(e) => e.action === 'consultation.contacts_expired'
		);
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0]?.after_json ?? '')).toEqual({
			contacts_removed: 3,
			retention_days: 1
		});
	});

	it("leaves other consultations' contacts alone", async () => {
		await consultationWithContacts(1, ['2026-06-01T00:00:00.000Z']);
		const other = await consultationWithContacts(365, ['2026-06-01T00:00:00.000Z']);

		await sut.purgeExpiredContacts(db, now);

		expect(await contactsOf(other)).toHaveLength(2);
	});
});
