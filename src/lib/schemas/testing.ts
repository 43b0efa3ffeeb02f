import type * as v from 'valibot';
import { parseForm } from './form';

/** Test helpers: a form as a browser would post it, and the field errors a schema gives it. */
export function formOf(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return form;
}

export function errorsOf(schema: v.GenericSchema, fields: Record<string, string>) {
	const result = parseForm(schema, formOf(fields));
	return result.ok ? {} : result.errors;
}
