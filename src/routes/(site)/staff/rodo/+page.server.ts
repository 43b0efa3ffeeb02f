import { fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import {
	eraseSubjectData,
	findSubjectData,
	listRequests,
	previewSubject,
	type SubjectOpinion
} from '$lib/server/services/rodo';
import { parseForm } from '$lib/schemas/form';
import { erasureSchema, subjectSchema } from '$lib/schemas/rodo';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'personal_data:manage');
	return { requests: await listRequests(getDb()) };
};

const view = (o: SubjectOpinion) => ({
	id: o.id,
	consultationTitle: o.consultation_title,
	consultationSlug: o.consultation_slug,
	receivedAt: o.received_at,
	channel: o.channel,
	text: o.text,
	email: o.email,
	consentAt: o.consent_at,
	erasedAt: o.erased_at,
	responseStatus: o.response_status
});

export const actions: Actions = {
	find: async (event) => {
		const user = authorize(event, 'personal_data:manage');
		const parsed = parseForm(subjectSchema, await readForm(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { identifier } = parsed.data;
		const opinions = await findSubjectData(getDb(), user.id, identifier);
		return { step: 'found' as const, identifier: identifier.value, opinions: opinions.map(view) };
	},
	/** Without `confirmed=yes` this only shows what would go: erasure is never one click. */
	erase: async (event) => {
		const user = authorize(event, 'personal_data:manage');
		const parsed = parseForm(erasureSchema, await readForm(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { identifier, remove_text: removeText, confirmed } = parsed.data;
		const db = getDb();
		if (!confirmed) {
			const opinions = (await previewSubject(db, identifier)).map(view);
			return { step: 'confirm' as const, identifier: identifier.value, removeText, opinions };
		}
		const erased = await eraseSubjectData(db, user.id, identifier, { removeText });
		return { step: 'erased' as const, identifier: identifier.value, ...erased };
	}
};
