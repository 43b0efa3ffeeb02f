import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '$lib/schemas/meeting-notes';
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
import { saveTable } from './events';
import * as sut from './meeting-notes';

let db: Database;
beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

const now = new Date('2026-05-29T16:00:00Z');

async function meetingWithTable() {
	const consultation = await makeConsultation(db, { status: 'open' });
	const area = await makeArea(db, consultation.id);
	const event = await makeEvent(db, consultation.id, { kind: 'open_meeting' });
	const table = unwrap(
		await saveTable(
			db,
			event,
			null,
			{ name: 'Stolik 1', area_id: area.id, participants_count: null },
			null
		)
	);
	const facilitator = await makeUser(db, 'facilitator');
	return { consultation, area, event, tableId: table.id, facilitator };
}

const note = (overrides: Partial<Note> = {}): Note => ({
	uuid: crypto.randomUUID(),
	text: 'Więcej ławek przy Nowolipiu.',
	speakerKind: null,
	areaId: null,
	...overrides
});

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

async function savedNote({ tagged = false } = {}) {
	const meeting = await meetingWithTable();
	const { area, event, tableId, facilitator } = meeting;
	const notes = [note({ areaId: tagged ? area.id : null })];
	await sut.saveNotes(db, event, { tableId, notes }, facilitator.id, now);
	const row = await db.selectFrom('comments').select('id').executeTakeFirstOrThrow();
	return {
		...meeting,
		noteId: row.id,
		actor: { id: facilitator.id, role: 'facilitator' as const }
	};
}

describe('updateNote', () => {
	const edit = { text: 'Ławki i stoliki', speakerKind: 'resident' as const, areaId: null };

	it('changes the text, speaker and area, stamps updated_at and audits before and after', async () => {
		const { area, event, noteId, actor } = await savedNote();
		const later = new Date('2026-05-29T18:00:00Z');

		const changed = await sut.updateNote(
			db,
			event,
			noteId,
			{ ...edit, areaId: area.id },
			actor,
			later
		);

		expect(changed).toEqual({ ok: true, id: noteId });
		const row = await db.selectFrom('comments').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			text: 'Ławki i stoliki',
			speaker_kind: 'resident',
			updated_at: later.toISOString()
		});
		const areas = await db.selectFrom('comment_declared_areas').select('area_id').execute();
		expect(areas).toEqual([{ area_id: area.id }]);
		const audit = (await listAudit(db, 'comment', noteId)).at(-1);
		expect(audit?.action).toBe('comment.update');
		expect(JSON.parse(audit?.before_json ?? '{}')).toMatchObject({
			text: 'Więcej ławek przy Nowolipiu.',
			areaIds: []
		});
		expect(JSON.parse(audit?.after_json ?? '{}')).toMatchObject({
			text: 'Ławki i stoliki',
			areaIds: [area.id]
		});
	});

	it('clears the area when none is chosen', async () => {
		const { area, event, noteId, actor } = await savedNote();
		await sut.updateNote(db, event, noteId, { ...edit, areaId: area.id }, actor);

		await sut.updateNote(db, event, noteId, edit, actor);

		expect(await countRows(db, 'comment_declared_areas')).toBe(0);
	});

	it('refuses another facilitator’s note but lets an admin change it', async () => {
		const { event, noteId } = await savedNote();
		const colleague = await makeUser(db, 'facilitator');
		const admin = await makeUser(db, 'admin');

		expect(
			await sut.updateNote(db, event, noteId, edit, { id: colleague.id, role: 'facilitator' })
		).toEqual({ ok: false, error: 'forbidden' });
		expect(await sut.updateNote(db, event, noteId, edit, { id: admin.id, role: 'admin' })).toEqual({
			ok: true,
			id: noteId
		});
	});

	it('refuses a note analysis has started on', async () => {
		const { event, noteId, actor } = await savedNote();
		await db.updateTable('comments').set({ status: 'coded' }).execute();

		expect(await sut.updateNote(db, event, noteId, edit, actor)).toEqual({
			ok: false,
			error: 'locked'
		});
		const row = await db.selectFrom('comments').select('text').executeTakeFirstOrThrow();
		expect(row.text).toBe('Więcej ławek przy Nowolipiu.');
	});

	it('finds no note of another meeting, and refuses an area of another consultation', async () => {
		const { consultation, event, noteId, actor } = await savedNote();
		const otherMeeting = await makeEvent(db, consultation.id, { kind: 'open_meeting' });
		const foreign = await makeArea(db, (await makeConsultation(db)).id);

		expect(await sut.updateNote(db, otherMeeting, noteId, edit, actor)).toBeNull();
		expect(await sut.updateNote(db, event, noteId, { ...edit, areaId: foreign.id }, actor)).toEqual(
			{
				ok: false,
				errors: { areaId: { code: 'invalid_choice' } }
			}
		);
	});
});

describe('deleteNote', () => {
	it('deletes the note with its areas and audits what it was', async () => {
		const { event, noteId, actor } = await savedNote({ tagged: true });

		expect(await sut.deleteNote(db, event, noteId, actor)).toEqual({ ok: true, id: noteId });

		expect(await countRows(db, 'comments')).toBe(0);
		expect(await countRows(db, 'comment_declared_areas')).toBe(0);
		const audit = (await listAudit(db, 'comment', noteId)).at(-1);
		expect(audit?.action).toBe('comment.delete');
		expect(JSON.parse(audit?.before_json ?? '{}')).toMatchObject({
			text: 'Więcej ławek przy Nowolipiu.'
		});
	});

	it('refuses someone else’s note and a note no longer received', async () => {
		const { event, noteId, actor } = await savedNote();
		const colleague = await makeUser(db, 'facilitator');

		expect(
			await sut.deleteNote(db, event, noteId, { id: colleague.id, role: 'facilitator' })
		).toEqual({ ok: false, error: 'forbidden' });
		await db.updateTable('comments').set({ status: 'excluded' }).execute();
		expect(await sut.deleteNote(db, event, noteId, actor)).toEqual({ ok: false, error: 'locked' });
		expect(await countRows(db, 'comments')).toBe(1);
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
