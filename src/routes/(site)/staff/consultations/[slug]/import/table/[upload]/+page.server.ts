import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { formValues, type FieldErrors } from '$lib/schemas/form';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { FORM_LIMIT_BYTES, readFormWithin } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import { columnLabel, mappingFromForm, TABLE_FIELDS } from '$lib/server/import/table/mapping';
import { importOptionsFromForm } from '$lib/server/import/table/options';
import { listAreas } from '$lib/server/repositories/codebook';
import { listEvents } from '$lib/server/repositories/events';
import { importTable, openUpload, previewTable } from '$lib/server/services/table-import';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function opened(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const user = authorize(event, 'comments:import');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const key = { id: event.params.upload, consultationId: consultation.id, userId: user.id };
	const upload = await openUpload(db, key);
	// Imported, expired, or someone else's: the same answer, so ids reveal nothing.
	if (!upload) error(404, m.table_import_gone());
	return { db, consultation, key, upload };
}

export const load: PageServerLoad = async (event) => {
	const { db, consultation, upload } = await opened(event);
	const preview = await previewTable(db, consultation.id, upload);
	const areas = await listAreas(db, consultation.id);
	const events = await listEvents(db, consultation.id);
	return {
		filename: preview.filename,
		rowCount: preview.rowCount,
		columns: preview.headers.map((_, i) => columnLabel(preview.headers, i)),
		fields: TABLE_FIELDS,
		mapping: preview.mapping,
		rows: preview.rows,
		areas: areas.map((a) => ({ id: a.id, code: a.code })),
		events: events.map((e) => ({ id: e.id, title: e.title }))
	};
};

/** The posted mapping and the preview it gives; a mapping error answers 400 at once. */
async function postedMapping(event: RequestEvent) {
	const { db, consultation, key, upload } = await opened(event);
	const body = await readFormWithin(event.request, FORM_LIMIT_BYTES);
	const values = body.ok ? formValues(body.form) : {};
	const mapping = mappingFromForm(values, upload.table.headers.length);
	const options = importOptionsFromForm(values);
	if (!mapping.ok || !options.ok) {
		const errors: FieldErrors = {
			...(mapping.ok ? {} : mapping.errors),
			...(options.ok ? {} : options.errors)
		};
		return { failure: fail(400, { values, mappingErrors: errors }) };
	}
	const preview = await previewTable(db, consultation.id, upload, mapping.mapping);
	return { db, key, values, mapping: mapping.mapping, options, rows: preview.rows };
}

export const actions: Actions = {
	preview: async (event) => {
		const posted = await postedMapping(event);
		if ('failure' in posted) return posted.failure;
		return { values: posted.values, rows: posted.rows };
	},
	import: async (event) => {
		const posted = await postedMapping(event);
		if ('failure' in posted) return posted.failure;
		const { db, key, values, mapping, options, rows } = posted;
		const { channel, eventId } = options;
		const result = await importTable(db, { key, mapping, channel, eventId });
		if (result.ok) {
			redirect(303, `/staff/consultations/${event.params.slug}/import?imported=${result.count}`);
		}
		if (result.error === 'gone') error(404, m.table_import_gone());
		if (result.error === 'unknown_event') {
			const errors: FieldErrors = { event_id: { code: 'invalid_choice' } };
			return fail(400, { values, mappingErrors: errors });
		}
		return fail(400, { values, rows, rowErrors: result.errors, errorCount: result.errorCount });
	}
};
