import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseInboxQuery } from '$lib/schemas/inbox';
import { assignBatchSchema, bulkOp, bulkSchema } from '$lib/schemas/coding';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { codeOne, exclude } from '$lib/server/http/coding-actions';
import { codingAction } from '$lib/server/http/coding-form';
import { consultationOr404 } from '$lib/server/http/lookups';
import { listCoders } from '$lib/server/repositories/assignment';
import { listAreas, listThemes } from '$lib/server/repositories/codebook';
import { listEvents, listConsultationTables } from '$lib/server/repositories/events';
import { assignBatch, assignOpinions, progress } from '$lib/server/services/assignment';
import { codeOpinions } from '$lib/server/services/coding';
import { inboxFacets, loadInbox } from '$lib/server/services/inbox';
import { excludeOpinions } from '$lib/server/services/moderation';
import { suggestForOpinions } from '$lib/server/services/suggestions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const query = parseInboxQuery(event.url.searchParams);
	if (!query) error(400, m.inbox_bad_filter());
	const inbox = await loadInbox(db, consultation.id, query);
	const waiting = inbox.rows.filter((r) => r.status === 'received' && r.split_at === null);
	return {
		userId: user.id,
		query,
		inbox,
		suggestions: Object.fromEntries(
			await suggestForOpinions(
				db,
				consultation.id,
				waiting.map((r) => r.id)
			)
		),
		// Counts (per filter value, and the coding progress) take longer at scale; the list does not
		// wait for them.
		facets: inboxFacets(db, consultation.id, query),
		progress: progress(db, consultation.id),
		areas: (await listAreas(db, consultation.id)).map((a) => ({
			id: a.id,
			code: a.code,
			name: a.name_pl,
			colour: a.colour
		})),
		themes: (await listThemes(db, consultation.id))
			.filter((t) => t.merged_into_id === null)
			.map((t) => ({
				id: t.id,
				name: t.name,
				areaCode: t.area_code,
				retired: t.retired_at !== null
			})),
		events: (await listEvents(db, consultation.id)).map((e) => ({ id: e.id, title: e.title })),
		tables: await listConsultationTables(db, consultation.id),
		coders: await listCoders(db)
	};
};

export const actions: Actions = {
	code: codeOne,
	exclude,

	bulk: async (event) => {
		const input = await codingAction(event, bulkSchema, ['id']);
		if (!input.ok) return input.failure;
		const { user, db, consultation, data } = input;
		const op = bulkOp(data.op);
		if (op.kind === 'assign') {
			const result = await assignOpinions(db, user.id, consultation.id, data.id, op.userId);
			if (!result.ok) return fail(409, { bulkRefusal: result.reason });
			return { bulk: { changed: result.assigned, skipped: 0 } };
		}
		if (op.kind === 'exclude') {
			const result = await excludeOpinions(db, user.id, consultation.id, data.id, {
				reason: op.reason,
				duplicateOfId: null
			});
			if (!result.ok) return fail(409, { bulkRefusal: result.reason });
			return { bulk: { changed: result.changed, skipped: 0 } };
		}
		const none = { areaIds: [], themeIds: [] };
		const codes =
			op.target === 'area'
				? { areaIds: [op.id], themeIds: [] }
				: { areaIds: [], themeIds: [op.id] };
		const result = await codeOpinions(
			db,
			user.id,
			consultation.id,
			data.id,
			op.add ? { add: codes, remove: none } : { add: none, remove: codes }
		);
		if (!result.ok) return fail(409, { bulkRefusal: result.reason });
		return { bulk: { changed: result.changed, skipped: result.skipped.length } };
	},

	assignBatch: async (event) => {
		const input = await codingAction(event, assignBatchSchema);
		if (!input.ok) return input.failure;
		const { user, db, consultation, data } = input;
		const result = await assignBatch(db, user.id, consultation.id, data.assignee, data.count);
		if (!result.ok) return fail(409, { assignRefusal: result.reason });
		return { assigned: result.assigned };
	}
};
