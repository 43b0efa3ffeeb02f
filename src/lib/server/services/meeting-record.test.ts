import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '$lib/schemas/meeting-notes';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { makeConsultation, makeEvent, makeUser, unwrap } from '../testing/factories';
import { saveTable } from './events';
import * as sut from './meeting-record';

let db: Database;
beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

async function meeting(kind: 'open_meeting' | 'neighbour_day' = 'open_meeting') {
	const consultation = await makeConsultation(db);
	const event = await makeEvent(db, consultation.id, { kind });
	const table = (name: string) =>
		saveTable(db, event, null, { name, area_id: null, participants_count: null }, null);
	const tableIds = [unwrap(await table('Stolik 1')).id, unwrap(await table('Stolik 2')).id];
	const user = await makeUser(db, 'facilitator');
	return { consultation, event, tableIds, user };
}

const record = (overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
	participants_count: 48,
	minutes: 'Prezentacja programu, potem rozmowy przy trzech stolikach.',
	accessibility: ['pjm_interpreter', 'step_free'],
	tables: [],
	...overrides
});

describe('saveMeetingRecord', () => {
	it('stores counts, minutes and accessibility measures, and audits the change', async () => {
		const { event, tableIds, user } = await meeting();
		const [first, second] = tableIds as [number, number];
		const tables = [
			{ id: first, participantsCount: 16 },
			{ id: second, participantsCount: null }
		];

		const saved = await sut.saveMeetingRecord(db, event, record({ tables }), user.id);

		expect(saved).toEqual({ ok: true, id: event.id });
		expect(await sut.meetingRecord(db, event)).toEqual({
			participants_count: 48,
			minutes: 'Prezentacja programu, potem rozmowy przy trzech stolikach.',
			accessibility: ['pjm_interpreter', 'step_free'],
			tables
		});
		const audit = (await listAudit(db, 'event', event.id)).at(-1);
		expect(audit).toMatchObject({ action: 'event.record', actor_user_id: user.id });
		expect(JSON.parse(audit?.before_json ?? '{}')).toMatchObject({
			minutes: '',
			accessibility: []
		});
	});

	it('replaces the measures checked before', async () => {
		const { event, user } = await meeting();
		await sut.saveMeetingRecord(db, event, record(), user.id);

		await sut.saveMeetingRecord(db, event, record({ accessibility: ['easy_read'] }), user.id);

		expect((await sut.meetingRecord(db, event)).accessibility).toEqual(['easy_read']);
	});

	it('refuses a count for a table of another meeting and changes nothing', async () => {
		const { event, user } = await meeting();
		const other = await meeting();
		const tables = [{ id: other.tableIds[0] ?? 0, participantsCount: 5 }];

		const saved = await sut.saveMeetingRecord(db, event, record({ tables }), user.id);

		expect(saved).toEqual({
			ok: false,
			errors: { [`tables.${other.tableIds[0]}`]: { code: 'invalid_choice' } }
		});
		expect((await sut.meetingRecord(db, event)).minutes).toBe('');
		expect((await sut.meetingRecord(db, other.event)).tables[0]?.participantsCount).toBeNull();
	});

	it('keeps no record for an event that is not a meeting', async () => {
		const { event, user } = await meeting('neighbour_day');

		expect(await sut.saveMeetingRecord(db, event, record(), user.id)).toBeNull();
	});
});
