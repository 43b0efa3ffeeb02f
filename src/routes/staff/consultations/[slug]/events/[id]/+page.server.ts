import { error } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404, eventOr404, idField } from '$lib/server/http/lookups';
import { saveRow } from '$lib/server/http/row-action';
import { listAreas } from '$lib/server/repositories/codebook';
import { listTables } from '$lib/server/repositories/events';
import { removeTable, saveEvent, saveTable } from '$lib/server/services/events';
import { eventSchema, tableSchema } from '$lib/schemas/event';
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
		return saveRow(form, { scope: 'event', id: found.id, schema: eventSchema }, (id, data) =>
			saveEvent(db, consultation.id, id, data, user.id)
		);
	},
	saveTable: async (event) => {
		const { user, db, found, form } = await target(event);
		return saveRow(
			form,
			{ scope: 'table', id: idField(form, 'table_id'), schema: tableSchema },
			(id, data) => saveTable(db, found, id, data, user.id)
		);
	},
	deleteTable: async (event) => {
		const { user, db, found, form } = await target(event);
		const tableId = idField(form, 'table_id');
		if (tableId === null || !(await removeTable(db, found.id, tableId, user.id))) {
			error(404, m.error_not_found());
		}
		return { scope: 'table', id: tableId, deleted: true };
	}
};
