import { error, fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404, eventOr404, idField } from '$lib/server/http/lookups';
import { listAreas } from '$lib/server/repositories/codebook';
import { listTables } from '$lib/server/repositories/events';
import { removeTable, saveEvent, saveTable } from '$lib/server/services/events';
import { eventSchema, tableSchema } from '$lib/schemas/event';
import { formValues, parseForm } from '$lib/schemas/form';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'consultations:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const found = await eventOr404(db, consultation.id, event.params.id);
	return {
		event: found,
		tables: await listTables(db, found.id),
		areas: (await listAreas(db, consultation.id)).map((a) => ({
			id: a.id,
			code: a.code,
			name: a.name_pl
		}))
	};
};

async function target(event: RequestEvent) {
	const user = authorize(event, 'events:manage');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const found = await eventOr404(db, consultation.id, event.params.id);
	return { user, db, consultation, found, form: await event.request.formData() };
}

export const actions: Actions = {
	save: async (event) => {
		const { user, db, consultation, found, form } = await target(event);
		const parsed = parseForm(eventSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		await saveEvent(db, consultation.id, found.id, parsed.data, user.id);
		return { saved: true };
	},
	saveTable: async (event) => {
		const { user, db, found, form } = await target(event);
		const tableId = idField(form, 'table_id');
		const parsed = parseForm(tableSchema, form);
		if (!parsed.ok)
			return fail(400, { tableId, tableErrors: parsed.errors, tableValues: parsed.values });
		const saved = await saveTable(db, found, tableId, parsed.data, user.id);
		if (!saved) error(404, m.error_not_found());
		if (!saved.ok)
			return fail(400, { tableId, tableErrors: saved.errors, tableValues: formValues(form) });
		return { savedTable: saved.id };
	},
	deleteTable: async (event) => {
		const { user, db, found, form } = await target(event);
		const tableId = idField(form, 'table_id');
		if (tableId === null || !(await removeTable(db, found.id, tableId, user.id)))
			error(404, m.error_not_found());
		return { deletedTable: tableId };
	}
};
