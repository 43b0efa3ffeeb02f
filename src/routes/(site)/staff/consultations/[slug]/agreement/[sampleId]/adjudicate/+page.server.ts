import { fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404, idField } from '$lib/server/http/lookups';
import { codingsOf } from '$lib/server/repositories/coding';
import { adjudicate, agreementReport } from '$lib/server/services/agreement';
import type { Coding } from '$lib/server/services/coding';
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

/** What the edit form starts from: the decision taken, or else the codes both coders gave. */
function proposal([a, b]: [Coding, Coding], final: Coding | undefined): Coding {
	if (final) return final;
	return {
		areaIds: a.areaIds.filter((id) => b.areaIds.includes(id)),
		themeIds: a.themeIds.filter((id) => b.themeIds.includes(id))
	};
}

export const load: PageServerLoad = async (event) => {
	const { db, consultation, sample } = await target(event);
	const report = await agreementReport(db, sample.id);
	const disagreements = report.ok ? report.disagreements : [];
	const finals = await codingsOf(
		db,
		disagreements.filter((d) => d.adjudicated).map((d) => d.commentId)
	);
	return {
		sample: { id: sample.id, name: sample.name },
		unavailable: report.ok ? null : report.reason,
		coders: report.ok ? report.coders : [],
		items: disagreements.map((d) => ({
			...d,
			final: finals.get(d.commentId) ?? null,
			proposal: proposal(d.codings, finals.get(d.commentId))
		})),
		codebook: await codebookView(db, consultation.id)
	};
};

export const actions: Actions = {
	adjudicate: async (event) => {
		const { user, db, sample } = await target(event);
		const form = await readForm(event.request);
		const commentId = idField(form, 'comment_id');
		const coding = codingField(form);
		if (commentId === null) return fail(400, { reason: 'not_in_sample', commentId, coding });
		const result = await adjudicate(db, user.id, sample.id, commentId, coding);
		if (result.ok) return { saved: commentId };
		return fail(result.reason === 'conflict' ? 409 : 400, {
			reason: result.reason,
			commentId,
			coding
		});
	}
};
