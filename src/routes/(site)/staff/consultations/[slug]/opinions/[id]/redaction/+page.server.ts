import { error, fail } from '@sveltejs/kit';
import { segmentsOf } from '$lib/domain/pii';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import { publicLabel, redactionView, setRedaction } from '$lib/server/services/redaction';
import { formValues, parseForm } from '$lib/schemas/form';
import { redactionSchema } from '$lib/schemas/redaction';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const opinionId = (raw: string) => (/^\d{1,12}$/.test(raw) ? Number(raw) : null);

async function target(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const user = authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const id = opinionId(event.params.id);
	if (id === null) error(404, m.error_not_found());
	return { user, db, consultation, id };
}

export const load: PageServerLoad = async (event) => {
	const { db, consultation, id } = await target(event);
	const view = await redactionView(db, consultation.id, id);
	if (!view) error(404, m.error_not_found());
	const segments = segmentsOf(view.text, view.spans);
	return {
		opinion: {
			id: view.id,
			erasedAt: view.erased_at,
			manual: view.redacted_text !== null,
			publicText: view.public,
			limit: view.limit
		},
		original: segments,
		automatic: segments.map((s) => (s.kind ? { ...s, text: publicLabel(s.kind) } : s))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { user, db, consultation, id } = await target(event);
		const form = await readForm(event.request);
		const parsed = parseForm(redactionSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const saved = await setRedaction(db, user.id, consultation.id, id, parsed.data.redacted_text);
		if (!saved) error(404, m.error_not_found());
		if (!saved.ok) return fail(400, { errors: saved.errors, values: formValues(form) });
		return { done: 'saved' as const };
	},
	reset: async (event) => {
		const { user, db, consultation, id } = await target(event);
		if (!(await setRedaction(db, user.id, consultation.id, id, null)))
			error(404, m.error_not_found());
		return { done: 'reset' as const };
	}
};
