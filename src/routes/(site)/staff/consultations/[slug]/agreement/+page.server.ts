import { fail, redirect } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import {
	createSample,
	listCoderCandidates,
	listSampleSummaries
} from '$lib/server/services/agreement';
import { formValues, parseForm } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';
import { sampleSchema } from './sample-form';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const samples = await listSampleSummaries(db, consultation.id);
	return {
		samples: samples.map((s) => ({ ...s, mine: s.coders.some((c) => c.userId === user.id) })),
		candidates: await listCoderCandidates(db)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = authorize(event, 'comments:code');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const form = await readForm(event.request);
		const parsed = parseForm(sampleSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { name, share, size, coder_a, coder_b } = parsed.data;
		const created = await createSample(db, user.id, consultation.id, {
			name,
			share,
			size,
			coderIds: [coder_a, coder_b]
		});
		if (created.ok)
			redirect(303, `/staff/consultations/${consultation.slug}/agreement/${created.id}`);
		const values = formValues(form);
		if (created.reason === 'empty_pool') return fail(409, { emptyPool: true, values });
		if (created.reason === 'invalid_coder') {
			const allowed = new Set((await listCoderCandidates(db)).map((c) => c.id));
			const errors = Object.fromEntries(
				(['coder_a', 'coder_b'] as const)
					.filter((field) => !allowed.has(parsed.data[field]))
					.map((field) => [field, { code: 'agr_invalid_coder' }])
			);
			return fail(400, { errors, values });
		}
		const field = created.reason === 'invalid_size' ? 'share' : 'coder_b';
		const code = created.reason === 'invalid_size' ? 'agr_share_range' : 'agr_same_coder';
		return fail(400, { errors: { [field]: { code } }, values });
	}
};
