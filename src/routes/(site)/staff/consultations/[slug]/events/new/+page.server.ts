import { error, fail, redirect } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import { saveEvent } from '$lib/server/services/events';
import { eventSchema } from '$lib/schemas/event';
import { parseForm } from '$lib/schemas/form';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	authorize(event, 'events:manage');
};

export const actions: Actions = {
	save: async (event) => {
		const user = authorize(event, 'events:manage');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const parsed = parseForm(eventSchema, await readForm(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const saved = await saveEvent(db, consultation.id, null, parsed.data, user.id);
		if (!saved) error(404, m.error_event_not_found());
		redirect(303, `/staff/consultations/${consultation.slug}/events/${saved.id}`);
	}
};
