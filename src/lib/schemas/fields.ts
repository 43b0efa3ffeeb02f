import * as v from 'valibot';

/** Issue messages are codes; the UI turns them into text in the reader's language. */
export const requiredText = (max: number) =>
	v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too_long'));

export const optionalText = (max: number) =>
	v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(max, 'too_long'));

export const optionalDate = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.union([v.literal(''), v.pipe(v.string(), v.isoDate('invalid_date'))], 'invalid_date'),
	v.transform((s) => s || null)
);

export const optionalDateTime = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.union(
		[v.literal(''), v.pipe(v.string(), v.isoDateTime('invalid_datetime'))],
		'invalid_datetime'
	),
	v.transform((s) => s || null)
);

export const optionalCount = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.union(
		[v.literal(''), v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'invalid_count'))],
		'invalid_count'
	),
	v.transform((s) => (s === '' ? null : Number(s)))
);

export const picklistOf = <T extends string>(values: readonly T[]) =>
	v.picklist(values as T[], 'invalid_choice');

export const optionalPicklistOf = <T extends string>(values: readonly T[]) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.union([v.literal(''), v.picklist(values as T[])], 'invalid_choice'),
		v.transform((s) => (s === '' ? null : s))
	);
