import type { FieldErrors } from '$lib/schemas/form';

/** What a service returns when input is well-formed but breaks a rule, e.g. a taken slug. */
export type Rejected = { ok: false; errors: FieldErrors };
export type Saved<T extends object = { id: number }> = ({ ok: true } & T) | Rejected;

export function rejected(field: string, code: string): Rejected {
	return { ok: false, errors: { [field]: { code } } };
}
