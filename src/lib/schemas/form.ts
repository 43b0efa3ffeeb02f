import * as v from 'valibot';

export interface FieldError {
	code: string;
	limit?: number;
}
export type FieldErrors = Record<string, FieldError>;

export type FormResult<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Reads text fields; a field sent several times (checkboxes) keeps its last value. */
export function formValues(form: FormData, omit: readonly string[] = []): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && !omit.includes(key)) values[key] = value;
	}
	return values;
}

export function parseForm<S extends v.GenericSchema>(
	schema: S,
	form: FormData,
	omitFromEcho: readonly string[] = []
): FormResult<v.InferOutput<S>> {
	const values = formValues(form);
	const result = v.safeParse(schema, values);
	if (result.success) return { ok: true, data: result.output };
	return { ok: false, errors: fieldErrors(result.issues), values: formValues(form, omitFromEcho) };
}

export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const key = issue.path?.map((p) => String(p.key)).join('.') || '_form';
		if (errors[key]) continue;
		const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined;
		// valibot reports a key absent from the form on the object, not with the field's own message.
		const missing = issue.type === 'object' && issue.input === undefined && !!issue.path?.length;
		errors[key] = {
			code: missing ? 'required' : issue.message,
			...(limit === undefined ? {} : { limit })
		};
	}
	return errors;
}

/** What a form shows back: stored rows or the text the person typed. */
export type FormValues = Record<string, string | number | null | undefined>;
