import { error, fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404, idField } from '$lib/server/http/lookups';
import {
	respondToTheme,
	responseSummary,
	themeResponseOverview
} from '$lib/server/services/responses';
import { formValues, parseForm } from '$lib/schemas/form';
import { responseSchema } from '$lib/schemas/response';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	return {
		groups: await themeResponseOverview(db, consultation.id),
		summary: await responseSummary(db, consultation.id)
	};
};

export const actions: Actions = {
	respondToTheme: async (event) => {
		const user = authorize(event, 'comments:code');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const form = await readForm(event.request);
		const themeId = idField(form, 'theme_id');
		if (themeId === null) error(404, m.error_not_found());
		const parsed = parseForm(responseSchema, form);
		if (!parsed.ok) return fail(400, { themeId, errors: parsed.errors, values: parsed.values });
		const saved = await respondToTheme(db, user.id, consultation.id, themeId, parsed.data);
		if (!saved) error(404, m.error_not_found());
		if (!saved.ok) return fail(409, { themeId, errors: saved.errors, values: formValues(form) });
		return { themeId, applied: saved.applied };
	}
};
