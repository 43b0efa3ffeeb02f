import { takesNotes } from '$lib/domain/meetings';
import type { Role } from '$lib/domain/roles';
import type { Note, NoteBatch, NoteEdit } from '$lib/schemas/meeting-notes';
import type { FieldErrors } from '$lib/schemas/form';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import type { Event } from '../db/types';
import { recordAudit } from '../repositories/audit';
import { listAreas } from '../repositories/codebook';
import { findTable, listTables } from '../repositories/events';
import {
	declaredAreaIds,
	deleteComment,
	findCommentsByUuid,
	findMeetingNote,
	listMeetingNotes,
	updateNote as writeNote
} from '../repositories/meeting-notes';
import { storeOpinion } from './intake';
import type { Rejected } from './result';

type Meeting = Pick<Event, 'id' | 'consultation_id' | 'kind'>;
export interface Actor {
	id: number;
	role: Role;
}

export type SavedNotes = { ok: true; stored: number; replayed: number } | Rejected;

/**
 * All or nothing, in one transaction. A note whose UUID this facilitator already saved for this
 * meeting is a replay of a save whose answer was lost, and is skipped; null: not a meeting.
 */
export function saveNotes(
	db: Database,
	event: Meeting,
	batch: NoteBatch,
	actorId: number,
	now = new Date()
): Promise<SavedNotes | null> {
	return inTransaction(db, async (tx) => {
		if (!takesNotes(event)) return null;
		if (batch.tableId !== null && !(await findTable(tx, event.id, batch.tableId))) {
			return { ok: false, errors: { tableId: { code: 'invalid_choice' } } };
		}
		const areaIds = new Set((await listAreas(tx, event.consultation_id)).map((a) => a.id));
		const stored = await findCommentsByUuid(
			tx,
			batch.notes.map((n) => n.uuid)
		);
		const mine = (uuid: string) =>
			stored.some(
				(c) =>
					c.uuid === uuid &&
					c.event_id === event.id &&
					c.channel === 'meeting' &&
					c.entered_by_user_id === actorId
			);
		const errors: FieldErrors = {};
		batch.notes.forEach((note, i) => {
			if (note.areaId !== null && !areaIds.has(note.areaId)) {
				errors[`notes.${i}.areaId`] = { code: 'invalid_choice' };
			}
			if (stored.some((c) => c.uuid === note.uuid) && !mine(note.uuid)) {
				errors[`notes.${i}.uuid`] = { code: 'invalid_uuid' };
			}
		});
		if (Object.keys(errors).length > 0) return { ok: false, errors };
		let count = 0;
		for (const note of batch.notes) {
			if (mine(note.uuid)) continue;
			await storeNote(tx, event, batch.tableId, note, actorId, now);
			count++;
		}
		return { ok: true, stored: count, replayed: batch.notes.length - count };
	});
}

async function storeNote(
	db: Database,
	event: Meeting,
	tableId: number | null,
	note: Note,
	actorId: number,
	now: Date
) {
	const comment = {
		uuid: note.uuid,
		consultation_id: event.consultation_id,
		event_id: event.id,
		table_id: tableId,
		channel: 'meeting',
		text: note.text,
		speaker_kind: note.speakerKind,
		received_at: now.toISOString(),
		entered_by_user_id: actorId
	};
	const areaIds = note.areaId === null ? [] : [note.areaId];
	const id = await storeOpinion(db, { comment, areaIds });
	await recordAudit(db, {
		actorUserId: actorId,
		action: 'comment.create',
		entity: 'comment',
		entityId: id,
		after: { text: note.text, table_id: tableId, speaker_kind: note.speakerKind, areaIds }
	});
}

export type NoteChange = { ok: true; id: number } | Rejected | { ok: false; error: NoteRefusal };
/** forbidden: someone else's note; locked: analysis has started on it. */
export type NoteRefusal = 'forbidden' | 'locked';

/** null: no such note at this meeting. */
export function updateNote(
	db: Database,
	event: Meeting,
	noteId: number,
	edit: NoteEdit,
	actor: Actor,
	now = new Date()
): Promise<NoteChange | null> {
	return inTransaction(db, async (tx): Promise<NoteChange | null> => {
		const found = await changeable(tx, event.id, noteId, actor);
		if (!found || !found.ok) return found;
		const { note } = found;
		if (edit.areaId !== null) {
			const areas = await listAreas(tx, event.consultation_id);
			if (!areas.some((a) => a.id === edit.areaId)) {
				return { ok: false, errors: { areaId: { code: 'invalid_choice' } } };
			}
		}
		const before = { ...note, areaIds: await declaredAreaIds(tx, note.id) };
		await writeNote(tx, note.id, edit, now);
		const areaIds = edit.areaId === null ? [] : [edit.areaId];
		await recordAudit(tx, {
			actorUserId: actor.id,
			action: 'comment.update',
			entity: 'comment',
			entityId: note.id,
			before,
			after: { text: edit.text, speaker_kind: edit.speakerKind, areaIds }
		});
		return { ok: true, id: note.id };
	});
}

export function deleteNote(
	db: Database,
	event: Meeting,
	noteId: number,
	actor: Actor
): Promise<NoteChange | null> {
	return inTransaction(db, async (tx): Promise<NoteChange | null> => {
		const found = await changeable(tx, event.id, noteId, actor);
		if (!found || !found.ok) return found;
		const { note } = found;
		const before = { ...note, areaIds: await declaredAreaIds(tx, note.id) };
		await deleteComment(tx, note.id);
		await recordAudit(tx, {
			actorUserId: actor.id,
			action: 'comment.delete',
			entity: 'comment',
			entityId: note.id,
			before
		});
		return { ok: true, id: note.id };
	});
}

/** A facilitator changes their own notes; an admin anyone's; nobody once coding has begun. */
export function mayChange(
	note: { entered_by_user_id: number | null; status: string },
	actor: Actor
): NoteRefusal | null {
	if (actor.role !== 'admin' && note.entered_by_user_id !== actor.id) return 'forbidden';
	return note.status === 'received' ? null : 'locked';
}

async function changeable(db: Database, eventId: number, noteId: number, actor: Actor) {
	const note = await findMeetingNote(db, eventId, noteId);
	if (!note) return null;
	const refusal = mayChange(note, actor);
	return refusal ? ({ ok: false, error: refusal } as const) : ({ ok: true, note } as const);
}

/** The meeting's notes by table, tables in their order and the whole meeting's notes first. */
export async function listNotes(db: Database, eventId: number, actor: Actor) {
	const tables = await listTables(db, eventId);
	const notes = (await listMeetingNotes(db, eventId)).map((note) => ({
		...note,
		editable: mayChange(note, actor) === null
	}));
	const groups = [null, ...tables].map((table) => ({
		table: table && { id: table.id, name: table.name },
		notes: notes.filter((n) => n.table_id === (table?.id ?? null))
	}));
	return groups.filter((g) => g.notes.length > 0);
}
