import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404, idField } from '$lib/server/http/lookups';
import { blindQueue, saveBlindCoding } from '$lib/server/services/agreement';
import { codebookView } from '../../codebook';
import { codingField, sampleOr404 } from '../../lookup';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function target(event: RequestEvent) {
	const user = authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const sample = await sampleOr404(db, consultation.id, event.params.sampleId);
	return { user, db, consultation, sample };
}

function refuse(reason: 'not_found' | 'not_a_coder'): never {
	if (reason === 'not_a_coder') error(403, m.agr_not_a_coder());
	error(404, m.agr_not_found());
}

export const load: PageServerLoad = async (event) => {
	const { user, db, consultation, sample } = await target(event);
	const queue = await blindQueue(db, sample.id, user.id);
	if (!queue.ok) refuse(queue.reason);
	return {
		sample: { id: sample.id, name: sample.name },
		item: queue.items[0] ?? null,
		left: queue.items.length,
		total: queue.total,
		codebook: await codebookView(db, consultation.id)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { user, db, sample } = await target(event);
		const form = await readForm(event.request);
		const commentId = idField(form, 'comment_id');
		const coding = codingField(form);
		if (commentId === null) return fail(400, { reason: 'not_in_sample', commentId, coding });
		const saved = await saveBlindCoding(db, sample.id, commentId, user.id, coding);
		if (saved.ok) return { saved: commentId };
		if (saved.reason === 'not_a_coder' || saved.reason === 'not_found') refuse(saved.reason);
		return fail(400, { reason: saved.reason, commentId, coding });
	}
};
