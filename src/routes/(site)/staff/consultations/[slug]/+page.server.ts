import { error, fail, redirect } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import { countCommentsByChannel } from '$lib/server/repositories/comments';
import { listQuestions } from '$lib/server/repositories/consultations';
import { editConsultation } from '$lib/server/services/consultations';
import { consultationSchema } from '$lib/schemas/consultation';
import { formValues, parseForm } from '$lib/schemas/form';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'consultations:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	return {
		details: consultation,
		questions: (await listQuestions(db, consultation.id)).map((q) => q.text),
		byChannel: await countCommentsByChannel(db, consultation.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = authorize(event, 'consultations:manage');
		const form = await readForm(event.request);
		const parsed = parseForm(consultationSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const saved = await editConsultation(getDb(), event.params.slug, parsed.data, user.id);
		if (!saved) error(404, m.error_consultation_not_found());
		if (!saved.ok) return fail(409, { errors: saved.errors, values: formValues(form) });
		redirect(303, `/staff/consultations/${saved.slug}?saved=1`);
	}
};
