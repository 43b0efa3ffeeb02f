import type { Note } from '$lib/schemas/meeting-notes';
import type { Database } from '../db/connect';
import { saveTable } from '../services/events';
import { saveNotes } from '../services/meeting-notes';
import { makeArea, makeConsultation, makeEvent, makeUser, unwrap } from './factories';

export const meetingTime = new Date('2026-05-29T16:00:00Z');

/** An open meeting with one table tied to an area, and a facilitator to write its notes. */
export async function makeMeetingWithTable(db: Database) {
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

export const noteInput = (overrides: Partial<Note> = {}): Note => ({
	uuid: crypto.randomUUID(),
	text: 'Więcej ławek przy Nowolipiu.',
	speakerKind: null,
	areaId: null,
	...overrides
});

/** One note saved by the meeting's facilitator, with the actor that may change it. */
export async function makeSavedNote(db: Database, { tagged = false } = {}) {
	const meeting = await makeMeetingWithTable(db);
	const { area, event, tableId, facilitator } = meeting;
	const notes = [noteInput({ areaId: tagged ? area.id : null })];
	await saveNotes(db, event, { tableId, notes }, facilitator.id, meetingTime);
	const row = await db.selectFrom('comments').select('id').executeTakeFirstOrThrow();
	return {
		...meeting,
		noteId: row.id,
		actor: { id: facilitator.id, role: 'facilitator' as const }
	};
}
