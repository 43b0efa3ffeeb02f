import { error, fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404, idField } from '$lib/server/http/lookups';
import { listAreas, listThemes } from '$lib/server/repositories/codebook';
import { saveTheme } from '$lib/server/services/codebook';
import { themeSchema } from '$lib/schemas/area';
import { formValues, parseForm } from '$lib/schemas/form';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'consultations:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	return {
		areas: await listAreas(db, consultation.id),
		themes: await listThemes(db, consultation.id)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = authorize(event, 'consultations:manage');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const form = await event.request.formData();
		const id = idField(form, 'id');
		const parsed = parseForm(themeSchema, form);
		if (!parsed.ok) return fail(400, { id, errors: parsed.errors, values: parsed.values });
		const saved = await saveTheme(db, consultation.id, id, parsed.data, user.id);
		if (!saved) error(404, m.error_not_found());
		if (!saved.ok) return fail(409, { id, errors: saved.errors, values: formValues(form) });
		return { saved: saved.id };
	}
};
