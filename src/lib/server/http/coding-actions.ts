import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { codingSchema, exclusionSchema } from '$lib/schemas/coding';
import { codeAndLearn } from '../services/learned-coding';
import { excludeOpinions } from '../services/moderation';
import { codingAction } from './coding-form';

type Event = RequestEvent<{ slug: string }>;

/** Saves one opinion's areas and themes; the inbox and the opinion page share it. */
export async function codeOne(event: Event) {
	const input = await codingAction(event, codingSchema, ['area', 'theme']);
	if (!input.ok) return input.failure;
	const { user, db, consultation, data } = input;
	const result = await codeAndLearn(db, user.id, consultation.id, data.id, {
		areaIds: data.area,
		themeIds: data.theme,
		expectedVersion: data.version
	});
	if (result.ok) return { coded: { id: data.id, version: result.version, ...result.coding } };
	if (result.reason === 'not_found') error(404, m.opinion_not_found());
	return fail(409, {
		id: data.id,
		refusal: result.reason,
		version: result.version,
		coding: result.coding
	});
}

export async function exclude(event: Event) {
	const input = await codingAction(event, exclusionSchema, ['id']);
	if (!input.ok) return input.failure;
	const { user, db, consultation, data } = input;
	const result = await excludeOpinions(db, user.id, consultation.id, data.id, {
		reason: data.reason,
		duplicateOfId: data.duplicate_of
	});
	if (result.ok) return { excluded: result.changed };
	if (result.reason === 'not_found') error(404, m.opinion_not_found());
	return fail(409, { id: data.id[0], refusal: result.reason });
}
