import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { takesNotes } from '$lib/domain/meetings';
import { splitNoteLines } from '$lib/domain/note-lines';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import {
	isStorageUnavailable,
	logStorageUnavailable,
	STORAGE_RETRY_SECONDS
} from '$lib/server/db/storage-errors';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404, eventOr404, idField } from '$lib/server/http/lookups';
import { listAreas } from '$lib/server/repositories/codebook';
import { listTables } from '$lib/server/repositories/events';
import { saveTable } from '$lib/server/services/events';
import { deleteNote, listNotes, saveNotes, updateNote } from '$lib/server/services/meeting-notes';
import { meetingRecord, saveMeetingRecord } from '$lib/server/services/meeting-record';
import { tableSchema } from '$lib/schemas/event';
import { fieldErrors, formValues, parseForm } from '$lib/schemas/form';
import {
	meetingRecordInput,
	meetingRecordSchema,
	noteBatchInput,
	noteBatchSchema,
	noteEditSchema
} from '$lib/schemas/meeting-notes';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function meeting(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const user = authorize(event, 'comments:enter');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const found = await eventOr404(db, consultation.id, event.params.id);
	if (!takesNotes(found)) error(404, m.notes_not_a_meeting());
	return { user, db, found };
}

export const load: PageServerLoad = async (event) => {
	const { user, db, found } = await meeting(event);
	return {
		meeting: { id: found.id, title: found.title, kind: found.kind },
		userId: user.id,
		tables: (await listTables(db, found.id)).map((t) => ({
			id: t.id,
			name: t.name,
			area_id: t.area_id
		})),
		areas: (await listAreas(db, found.consultation_id)).map((a) => ({
			id: a.id,
			code: a.code,
			name: a.name_pl
		})),
		groups: await listNotes(db, found.id, user),
		record: await meetingRecord(db, found)
	};
};

/**
 * The batch as sent, less notes whose text was cleared: without JavaScript, clearing a note is
 * the way to take it off the list (the browser drops them itself).
 */
function entryInput(form: FormData) {
	const input = noteBatchInput(form);
	return { ...input, notes: input.notes.filter((n) => (n.text ?? '').trim() !== '') };
}

/** What the entry form shows again: the typed text, the table and the notes as form values. */
function entryEcho(form: FormData) {
	const raw = form.get('raw');
	const input = entryInput(form);
	return {
		scope: 'entry' as const,
		raw: typeof raw === 'string' ? raw : '',
		tableId: input.tableId,
		items: input.notes.map((n) => ({
			uuid: n.uuid ?? '',
			text: n.text ?? '',
			speakerKind: n.speakerKind ?? '',
			areaId: n.areaId ?? ''
		}))
	};
}

export const actions: Actions = {
	/** Without JavaScript the server splits the text; the browser does it itself otherwise. */
	preview: async (event) => {
		const { db, found } = await meeting(event);
		const form = await readForm(event.request);
		const echo = entryEcho(form);
		const lines = splitNoteLines(echo.raw);
		if (lines.length === 0) {
			return fail(400, { ...echo, errors: { raw: { code: 'no_notes' } } });
		}
		const table = (await listTables(db, found.id)).find((t) => String(t.id) === echo.tableId);
		const areaId = table?.area_id ? String(table.area_id) : '';
		const added = lines.map((text) => ({
			uuid: crypto.randomUUID(),
			text,
			speakerKind: '',
			areaId
		}));
		// As in the browser: the text moves into the list, after the notes already there.
		return { ...echo, raw: '', items: [...echo.items, ...added], preview: true };
	},
	save: async (event) => {
		const { user, db, found } = await meeting(event);
		const form = await readForm(event.request);
		const parsed = v.safeParse(noteBatchSchema, entryInput(form));
		if (!parsed.success) {
			return fail(400, { ...entryEcho(form), errors: fieldErrors(parsed.issues) });
		}
		const saved = await saveNotes(db, found, parsed.output, user.id).catch((cause: unknown) => {
			if (!isStorageUnavailable(cause)) throw cause;
			logStorageUnavailable('meeting notes', cause);
			// An error, not a failure: the form shows failures as fields to correct; its draft stays.
			event.setHeaders({ 'retry-after': `${STORAGE_RETRY_SECONDS}` });
			error(503, m.storage_unavailable_notes());
		});
		if (!saved) error(404, m.notes_not_a_meeting());
		if (!saved.ok) return fail(400, { ...entryEcho(form), errors: saved.errors });
		return { scope: 'entry' as const, saved: saved.stored + saved.replayed };
	},
	updateNote: async (event) => {
		const { user, db, found } = await meeting(event);
		const form = await readForm(event.request);
		const id = idField(form, 'note_id');
		if (id === null) error(404, m.error_not_found());
		const parsed = parseForm(noteEditSchema, form);
		if (!parsed.ok) {
			return fail(400, {
				scope: 'note' as const,
				id,
				errors: parsed.errors,
				values: parsed.values
			});
		}
		const changed = await updateNote(db, found, id, parsed.data, user);
		if (!changed) error(404, m.error_not_found());
		if (!changed.ok && 'error' in changed) {
			return fail(changed.error === 'locked' ? 409 : 403, {
				scope: 'note' as const,
				id,
				refused: changed.error
			});
		}
		if (!changed.ok) {
			return fail(400, {
				scope: 'note' as const,
				id,
				errors: changed.errors,
				values: formValues(form)
			});
		}
		return { scope: 'note' as const, id, updated: true };
	},
	deleteNote: async (event) => {
		const { user, db, found } = await meeting(event);
		const form = await readForm(event.request);
		const id = idField(form, 'note_id');
		if (id === null) error(404, m.error_not_found());
		// Without JavaScript there is no dialog: the first press asks, the second deletes.
		if (form.get('confirmed') !== 'yes') return { scope: 'note' as const, id, confirmDelete: true };
		const deleted = await deleteNote(db, found, id, user);
		if (!deleted) error(404, m.error_not_found());
		if (!deleted.ok && 'error' in deleted) {
			return fail(deleted.error === 'locked' ? 409 : 403, {
				scope: 'note' as const,
				id,
				refused: deleted.error
			});
		}
		return { scope: 'note' as const, id, deleted: true };
	},
	saveRecord: async (event) => {
		const { user, db, found } = await meeting(event);
		const form = await readForm(event.request);
		const input = meetingRecordInput(form);
		const parsed = v.safeParse(meetingRecordSchema, input);
		if (!parsed.success) {
			return fail(400, {
				scope: 'record' as const,
				errors: fieldErrors(parsed.issues),
				values: input
			});
		}
		const saved = await saveMeetingRecord(db, found, parsed.output, user.id);
		if (!saved) error(404, m.notes_not_a_meeting());
		if (!saved.ok)
			return fail(400, { scope: 'record' as const, errors: saved.errors, values: input });
		return { scope: 'record' as const, recorded: true };
	},
	addTable: async (event) => {
		const { user, db, found } = await meeting(event);
		const form = await readForm(event.request);
		const parsed = parseForm(tableSchema, form);
		if (!parsed.ok) {
			return fail(400, { scope: 'table' as const, errors: parsed.errors, values: parsed.values });
		}
		const saved = await saveTable(db, found, null, parsed.data, user.id);
		if (!saved) error(404, m.error_not_found());
		if (!saved.ok)
			return fail(400, { scope: 'table' as const, errors: saved.errors, values: formValues(form) });
		return { scope: 'table' as const, tableAdded: saved.id };
	}
};
