import { error, fail } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/guards';
import { readForm } from '$lib/server/http/form-body';
import { codingTarget } from '$lib/server/http/coding-form';
import { mergeThemes, retireTheme } from '$lib/server/services/theme-lifecycle';
import { getDb } from '$lib/server/db';
import { consultationOr404, idField } from '$lib/server/http/lookups';
import { saveRow } from '$lib/server/http/row-action';
import { listAreas, listThemes } from '$lib/server/repositories/codebook';
import { saveTheme } from '$lib/server/services/codebook';
import { themeSchema } from '$lib/schemas/area';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'consultations:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	return {
		canEditCodebook: can(user.role, 'codebook:manage'),
		areas: await listAreas(db, consultation.id),
		themes: await listThemes(db, consultation.id)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = authorize(event, 'codebook:manage');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const form = await readForm(event.request);
		return saveRow(
			form,
			{ scope: 'theme', id: idField(form, 'id'), schema: themeSchema },
			(id, data) => saveTheme(db, consultation.id, id, data, user.id)
		);
	},

	retire: (event) => lifecycle(event, 'retire'),
	reinstate: (event) => lifecycle(event, 'reinstate'),
	merge: (event) => lifecycle(event, 'merge')
};

/** Retiring, reinstating and merging share their shape: a theme, maybe a target, a result. */
async function lifecycle(event: RequestEvent, change: 'retire' | 'reinstate' | 'merge') {
	const { user, db, consultation, form } = await codingTarget(event, 'codebook:manage');
	const themeId = idField(form, 'id');
	if (themeId === null) error(404, m.error_not_found());
	let result;
	if (change === 'merge') {
		const intoId = idField(form, 'into');
		if (intoId === null) return fail(400, { id: themeId, lifecycleRefusal: 'choose_target' });
		result = await mergeThemes(db, user.id, consultation.id, themeId, intoId);
	} else {
		result = await retireTheme(db, user.id, consultation.id, themeId, change === 'retire');
	}
	if (!result.ok && result.reason === 'not_found') error(404, m.error_not_found());
	if (!result.ok) return fail(409, { id: themeId, lifecycleRefusal: result.reason });
	return { id: themeId, lifecycle: change, affected: result.affected };
}
