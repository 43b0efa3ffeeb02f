import { error, fail } from '@sveltejs/kit';
import { takesNotes } from '$lib/domain/meetings';
import { can, type Action } from '$lib/domain/roles';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404, eventOr404, idField } from '$lib/server/http/lookups';
import { pairingView } from '$lib/server/http/pairing-view';
import { saveRow } from '$lib/server/http/row-action';
import { listAreas } from '$lib/server/repositories/codebook';
import { listTables } from '$lib/server/repositories/events';
import { listAccessibility } from '$lib/server/repositories/meeting-notes';
import { addDevice, listDevices, newPairingCode, revokeDevice } from '$lib/server/services/devices';
import { removeTable, saveEvent, saveTable } from '$lib/server/services/events';
import { deviceSchema } from '$lib/schemas/device';
import { eventSchema, tableSchema } from '$lib/schemas/event';
import { parseForm } from '$lib/schemas/form';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'consultations:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const found = await eventOr404(db, consultation.id, event.params.id);
	const canManageDevices = can(user.role, 'devices:manage');
	return {
		event: found,
		tables: await listTables(db, found.id),
		areas: (await listAreas(db, consultation.id)).map((a) => ({
			id: a.id,
			code: a.code,
			name: a.name_pl
		})),
		canManageDevices,
		devices: canManageDevices ? await listDevices(db, found.id) : [],
		meeting: takesNotes(found)
			? {
					canEnterNotes: can(user.role, 'comments:enter'),
					accessibility: await listAccessibility(db, found.id)
				}
			: null
	};
};

async function target(event: RequestEvent, action: Action = 'events:manage') {
	const user = authorize(event, action);
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const found = await eventOr404(db, consultation.id, event.params.id);
	return { user, db, consultation, found, form: await readForm(event.request) };
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
	},
	addDevice: async (event) => {
		const { user, db, found, form } = await target(event, 'devices:manage');
		const parsed = parseForm(deviceSchema, form);
		if (!parsed.ok) {
			return fail(400, { scope: 'device', id: null, errors: parsed.errors, values: parsed.values });
		}
		const added = await addDevice(db, found, parsed.data.name, user.id);
		return { scope: 'device', id: null, pairing: await pairingView(added, event.url.origin) };
	},
	newPairingCode: async (event) => {
		const { user, db, found, form } = await target(event, 'devices:manage');
		const deviceId = idField(form, 'device_id');
		const issued = deviceId === null ? null : await newPairingCode(db, found.id, deviceId, user.id);
		if (issued === null || issued === 'not_found') error(404, m.error_not_found());
		if (issued === 'not_pending')
			return fail(409, { scope: 'device', id: deviceId, notPending: true });
		return { scope: 'device', id: deviceId, pairing: await pairingView(issued, event.url.origin) };
	},
	revokeDevice: async (event) => {
		const { user, db, found, form } = await target(event, 'devices:manage');
		const deviceId = idField(form, 'device_id');
		const revoked = deviceId === null ? null : await revokeDevice(db, found.id, deviceId, user.id);
		if (!revoked) error(404, m.error_not_found());
		return { scope: 'device', id: deviceId, revoked: revoked.name };
	}
};
