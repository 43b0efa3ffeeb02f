import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { countRows, makeArea, makeConsultation, makeEvent, makeUser } from '../testing/factories';
import { makeSavedNote } from '../testing/meetings';
import * as sut from './meeting-notes';

let db: Database;
beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

const savedNote = (options?: { tagged?: boolean }) => makeSavedNote(db, options);

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
