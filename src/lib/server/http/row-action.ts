import { error, fail } from '@sveltejs/kit';
import type * as v from 'valibot';
import { m } from '$lib/paraglide/messages';
import { formValues, parseForm } from '$lib/schemas/form';
import type { Saved } from '../services/result';

/**
 * The shape shared by pages that list rows, each with its own edit form plus one form to add:
 * `scope` and `id` tell the page which of its forms the answer belongs to.
 */
export async function saveRow<S extends v.GenericSchema>(
	form: FormData,
	row: { scope: string; id: number | null; schema: S },
	save: (id: number | null, data: v.InferOutput<S>) => Promise<Saved | null>
) {
	const { scope, id } = row;
	const parsed = parseForm(row.schema, form);
	if (!parsed.ok) return fail(400, { scope, id, errors: parsed.errors, values: parsed.values });
	const saved = await save(id, parsed.data);
	if (!saved) error(404, m.error_not_found());
	if (!saved.ok) return fail(409, { scope, id, errors: saved.errors, values: formValues(form) });
	return { scope, id, saved: saved.id };
}
