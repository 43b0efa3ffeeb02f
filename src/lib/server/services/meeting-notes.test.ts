import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import {
	countRows,
	makeArea,
	makeConsultation,
	makeEvent,
	makeUser,
	unwrap
} from '../testing/factories';
import { makeMeetingWithTable, meetingTime as now, noteInput as note } from '../testing/meetings';
import { saveTable } from './events';
import * as sut from './meeting-notes';

let db: Database;
beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

const meetingWithTable = () => makeMeetingWithTable(db);

describe('saveNotes', () => {
	it('stores each note as a meeting opinion with its table, speaker, area and author', async () => {
		const { area, event, tableId, facilitator } = await meetingWithTable();
		const notes = [note({ speakerKind: 'ngo', areaId: area.id }), note({ text: 'Potańcówki' })];

		const saved = await sut.saveNotes(db, event, { tableId, notes }, facilitator.id, now);

		expect(saved).toEqual({ ok: true, stored: 2, replayed: 0 });
		const rows = await db.selectFrom('comments').selectAll().orderBy('id').execute();
		expect(rows).toMatchObject([
			{
				uuid: notes[0]?.uuid,
				channel: 'meeting',
				event_id: event.id,
				table_id: tableId,
				consultation_id: event.consultation_id,
				entered_by_user_id: facilitator.id,
				speaker_kind: 'ngo',
				status: 'received',
				received_at: now.toISOString()
			},
			{ text: 'Potańcówki', speaker_kind: null }
		]);
		const areas = await db.selectFrom('comment_declared_areas').selectAll().execute();
		expect(areas).toEqual([{ comment_id: rows[0]?.id, area_id: area.id }]);
		const audit = await listAudit(db, 'comment', rows[0]?.id ?? 0);
		expect(audit).toMatchObject([{ action: 'comment.create', actor_user_id: facilitator.id }]);
	});

	it('stores notes said to the whole meeting without a table', async () => {
		const { event, facilitator } = await meetingWithTable();

		await sut.saveNotes(db, event, { tableId: null, notes: [note()] }, facilitator.id, now);

		const row = await db.selectFrom('comments').select('table_id').executeTakeFirstOrThrow();
		expect(row.table_id).toBeNull();
	});

	it('skips notes a retried save already stored, and adds the rest', async () => {
		const { event, tableId, facilitator } = await meetingWithTable();
		const first = note();
		await sut.saveNotes(db, event, { tableId, notes: [first] }, facilitator.id, now);

		const retried = await sut.saveNotes(
			db,
			event,
			{ tableId, notes: [first, note()] },
			facilitator.id,
			now
		);

		expect(retried).toEqual({ ok: true, stored: 1, replayed: 1 });
		expect(await countRows(db, 'comments')).toBe(2);
	});

	it('stores nothing when one note names an area of another consultation', async () => {
		const { event, tableId, facilitator } = await meetingWithTable();
		const other = await makeConsultation(db);
		const foreign = await makeArea(db, other.id);

		const saved = await sut.saveNotes(
			db,
			event,
			{ tableId, notes: [note(), note({ areaId: foreign.id })] },
			facilitator.id,
			now
		);

		expect(saved).toEqual({ ok: false, errors: { 'notes.1.areaId': { code: 'invalid_choice' } } });
		expect(await countRows(db, 'comments')).toBe(0);
		const audited = await db
			.selectFrom('audit_log')
			.select('action')
			.where('entity', '=', 'comment')
			.execute();
		expect(audited).toEqual([]);
	});

	it('refuses a table of another event', async () => {
		const { consultation, event, facilitator } = await meetingWithTable();
		const otherEvent = await makeEvent(db, consultation.id, { kind: 'workshop' });
		const otherTable = unwrap(
			await saveTable(
				db,
				otherEvent,
				null,
				{ name: 'X', area_id: null, participants_count: null },
				null
			)
		);

		const saved = await sut.saveNotes(
			db,
			event,
			{ tableId: otherTable.id, notes: [note()] },
			facilitator.id
		);

		expect(saved).toEqual({ ok: false, errors: { tableId: { code: 'invalid_choice' } } });
		expect(await countRows(db, 'comments')).toBe(0);
	});

	it('refuses a UUID that belongs to an opinion it did not store', async () => {
		const { event, tableId, facilitator } = await meetingWithTable();
		const colleague = await makeUser(db, 'facilitator');
		const taken = note();
		await sut.saveNotes(db, event, { tableId, notes: [taken] }, colleague.id);

		const saved = await sut.saveNotes(db, event, { tableId, notes: [taken] }, facilitator.id);

		expect(saved).toEqual({ ok: false, errors: { 'notes.0.uuid': { code: 'invalid_uuid' } } });
	});

	it('takes notes at open meetings and workshops only', async () => {
		const { consultation, facilitator } = await meetingWithTable();
		const stand = await makeEvent(db, consultation.id, { kind: 'neighbour_day' });
		const workshop = await makeEvent(db, consultation.id, { kind: 'workshop' });

		expect(
			await sut.saveNotes(db, stand, { tableId: null, notes: [note()] }, facilitator.id)
		).toBeNull();
		expect(
			await sut.saveNotes(db, workshop, { tableId: null, notes: [note()] }, facilitator.id)
		).toMatchObject({ ok: true, stored: 1 });
	});
});

/** The factory names user N „User N” and gives them userN@example.org. */
const colleagueNumber = (email: string) => email.replace(/^user(\d+)@.*$/, '$1');

describe('listNotes', () => {
	it('groups notes by table, whole meeting first, with author and who may change them', async () => {
		const { event, tableId, facilitator } = await meetingWithTable();
		const colleague = await makeUser(db, 'facilitator');
		await sut.saveNotes(
			db,
			event,
			{ tableId, notes: [note({ text: 'przy stoliku' })] },
			facilitator.id,
			now
		);
		await sut.saveNotes(
			db,
			event,
			{ tableId: null, notes: [note({ text: 'do sali' })] },
			colleague.id,
			now
		);

		const groups = await sut.listNotes(db, event.id, { id: facilitator.id, role: 'facilitator' });

		expect(groups).toMatchObject([
			{
				table: null,
				notes: [
					{ text: 'do sali', editable: false, author: 'User ' + colleagueNumber(colleague.email) }
				]
			},
			{
				table: { id: tableId, name: 'Stolik 1' },
				notes: [{ text: 'przy stoliku', editable: true }]
			}
		]);
	});
});
