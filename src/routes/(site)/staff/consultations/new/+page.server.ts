import { fail, redirect } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { createConsultation } from '$lib/server/services/consultations';
import { consultationSchema } from '$lib/schemas/consultation';
import { formValues, parseForm } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	authorize(event, 'consultations:manage');
};

export const actions: Actions = {
	default: async (event) => {
		const user = authorize(event, 'consultations:manage');
		const form = await readForm(event.request);
		const parsed = parseForm(consultationSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const saved = await createConsultation(getDb(), parsed.data, user.id);
		if (!saved.ok) return fail(409, { errors: saved.errors, values: formValues(form) });
		redirect(303, `/staff/consultations/${saved.slug}`);
	}
};
