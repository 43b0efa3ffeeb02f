import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { splitSchema } from '$lib/schemas/coding';
import { formValues, parseForm } from '$lib/schemas/form';
import { responseSchema } from '$lib/schemas/response';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { codeOne, exclude } from '$lib/server/http/coding-actions';
import { codingAction, codingTarget } from '$lib/server/http/coding-form';
import { consultationOr404 } from '$lib/server/http/lookups';
import { listAreas, listThemes } from '$lib/server/repositories/codebook';
import { codingsOf } from '$lib/server/repositories/coding';
import { listUnits } from '$lib/server/repositories/moderation';
import { findOpinionDetail, opinionHistory } from '$lib/server/repositories/opinion-detail';
import { latestThemeResponseOf } from '$lib/server/repositories/responses';
import { joinUnits, restoreOpinion, splitOpinion } from '$lib/server/services/moderation';
import { publicText } from '$lib/server/services/redaction';
import { clearOpinionResponse, respondToOpinion } from '$lib/server/services/responses';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function opinionId(raw: string): number {
	if (!/^\d{1,12}$/.test(raw)) error(404, m.opinion_not_found());
	return Number(raw);
}

export const load: PageServerLoad = async (event) => {
	authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const id = opinionId(event.params.id);
	const opinion = await findOpinionDetail(db, consultation.id, id);
	if (!opinion) error(404, m.opinion_not_found());
	const coding = (await codingsOf(db, [id])).get(id)!;
	const themes = await listThemes(db, consultation.id);
	const fallback = await latestThemeResponseOf(db, id);
	return {
		opinion: { ...opinion, ...coding, length: opinion.text.length, public: publicText(opinion) },
		units: await listUnits(db, id),
		history: await opinionHistory(db, id),
		fallbackTheme: themes.find((t) => t.id === fallback?.theme_id)?.name ?? null,
		areas: (await listAreas(db, consultation.id)).map((a) => ({
			id: a.id,
			code: a.code,
			name: a.name_pl,
			colour: a.colour
		})),
		themes: themes
			.filter((t) => t.merged_into_id === null)
			.map((t) => ({
				id: t.id,
				name: t.name,
				areaCode: t.area_code,
				retired: t.retired_at !== null
			}))
	};
};

async function target(event: RequestEvent) {
	return { ...(await codingTarget(event)), id: opinionId(event.params.id) };
}

export const actions: Actions = {
	code: codeOne,
	exclude,

	restore: async (event) => {
		const { user, db, consultation, id } = await target(event);
		const result = await restoreOpinion(db, user.id, consultation.id, id);
		if (!result.ok && result.reason === 'not_found') error(404, m.opinion_not_found());
		if (!result.ok) return fail(409, { refusal: result.reason });
		return { restored: true };
	},

	split: async (event) => {
		const input = await codingAction(event, splitSchema);
		if (!input.ok) return input.failure;
		const { user, db, consultation, data } = input;
		const id = opinionId(event.params.id);
		const result = await splitOpinion(db, user.id, consultation.id, id, data.units, data.version);
		if (!result.ok && result.reason === 'not_found') error(404, m.opinion_not_found());
		if (!result.ok) return fail(409, { refusal: result.reason });
		return { split: result.unitIds.length };
	},

	join: async (event) => {
		const { user, db, consultation, id } = await target(event);
		const result = await joinUnits(db, user.id, consultation.id, id);
		if (!result.ok && result.reason === 'not_found') error(404, m.opinion_not_found());
		if (!result.ok) return fail(409, { refusal: result.reason });
		return { joined: true };
	},

	respond: async (event) => {
		const { user, db, consultation, id, form } = await target(event);
		const parsed = parseForm(responseSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const saved = await respondToOpinion(db, user.id, consultation.id, id, parsed.data);
		if (!saved) error(404, m.opinion_not_found());
		if (!saved.ok) return fail(409, { errors: saved.errors, values: formValues(form) });
		return { responded: true };
	},

	clearResponse: async (event) => {
		const { user, db, consultation, id } = await target(event);
		const cleared = await clearOpinionResponse(db, user.id, consultation.id, id);
		if (!cleared) error(404, m.opinion_not_found());
		return { responseCleared: cleared.fromThemeId === null ? 'cleared' : 'restored' };
	}
};
