import { fail } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Action } from '$lib/domain/roles';
import { fieldErrors } from '$lib/schemas/form';
import { formLists } from '$lib/schemas/coding';
import { authorize } from '../auth/guards';
import { getDb } from '../db';
import { readForm } from './form-body';
import { consultationOr404 } from './lookups';

type Event = Pick<RequestEvent<{ slug: string }>, 'locals' | 'url' | 'params' | 'request'>;

/** What every coding action starts with: the analyst, the consultation and the form. */
export async function codingTarget(event: Event, action: Action = 'comments:code') {
	const user = authorize(event, action);
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	return { user, db, consultation, form: await readForm(event.request) };
}

/** The same, with the form parsed by `schema`; `lists` names fields sent once per checkbox. */
export async function codingAction<S extends v.GenericSchema>(
	event: Event,
	schema: S,
	lists: readonly string[] = []
) {
	const { form, ...target } = await codingTarget(event);
	const parsed = v.safeParse(schema, formLists(form, lists));
	if (!parsed.success) {
		return { ok: false as const, failure: fail(400, { errors: fieldErrors(parsed.issues) }) };
	}
	return { ok: true as const, ...target, data: parsed.output };
}
