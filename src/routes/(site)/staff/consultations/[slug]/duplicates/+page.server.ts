import { fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404, idField } from '$lib/server/http/lookups';
import {
	listDuplicateGroups,
	markDuplicates,
	unmarkDuplicate,
	type DuplicateRefusal
} from '$lib/server/services/duplicates';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** A page of groups; deciding them moves them to the end, so the next ones come up. */
const GROUPS_SHOWN = 50;

export const load: PageServerLoad = async (event) => {
	authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const groups = await listDuplicateGroups(db, consultation.id);
	return { groups: groups.slice(0, GROUPS_SHOWN), total: groups.length };
};

async function target(event: RequestEvent) {
	const user = authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const form = await readForm(event.request);
	return { user, db, consultation, form, group: idField(form, 'group') };
}

/** Every value of a repeated field as an id, or null if one of them cannot be one. */
function idsField(form: FormData, name: string): number[] | null {
	const ids = form
		.getAll(name)
		.map((v) => (typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : NaN));
	return ids.some(Number.isNaN) ? null : ids;
}

export type DuplicateError = DuplicateRefusal | 'keep_required';

const FORM_ERRORS: DuplicateError[] = ['keep_required', 'none_selected', 'keep_in_duplicates'];

/** The form itself was wrong (400), or the opinions are no longer as the page showed them (409). */
function refused(group: number | null, error: DuplicateError) {
	const status = FORM_ERRORS.includes(error) ? 400 : 409;
	return fail<{ group: number | null; error: DuplicateError }>(status, { group, error });
}

export const actions: Actions = {
	mark: async (event) => {
		const { user, db, consultation, form, group } = await target(event);
		const keepId = idField(form, 'keep');
		if (keepId === null) return refused(group, 'keep_required');
		const duplicateIds = idsField(form, 'duplicate');
		if (duplicateIds === null) return refused(group, 'not_found');
		const result = await markDuplicates(db, user.id, consultation.id, keepId, duplicateIds);
		if (!result.ok) return refused(group, result.reason);
		return { marked: result.changed };
	},
	unmark: async (event) => {
		const { user, db, consultation, form, group } = await target(event);
		const id = idField(form, 'id');
		if (id === null) return refused(group, 'not_found');
		const result = await unmarkDuplicate(db, user.id, consultation.id, id);
		if (!result.ok) return refused(group, result.reason);
		return { unmarked: id };
	}
};
