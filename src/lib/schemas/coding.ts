import * as v from 'valibot';
import { EXCLUSION_REASONS } from '$lib/domain/vocabularies';
import { OPINION_LIMITS, opinionTextUpTo } from './opinion';

/** A form's row ids; anything but a plain number is nobody's row. */
const ids = (max: number) =>
	v.pipe(
		v.array(v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'invalid_choice'), v.transform(Number))),
		v.maxLength(max, 'too_many')
	);
const one = v.pipe(
	v.string('required'),
	v.regex(/^\d{1,12}$/, 'invalid_choice'),
	v.transform(Number)
);

/** Checkboxes send a field once per ticked box; FormData.getAll gives them as a list. */
export function formLists(form: FormData, names: readonly string[]) {
	const values: Record<string, unknown> = {};
	for (const [key, value] of form) {
		if (typeof value !== 'string') continue;
		if (names.includes(key)) ((values[key] ??= []) as string[]).push(value);
		else values[key] = value;
	}
	for (const name of names) values[name] ??= [];
	return values;
}

export const codingSchema = v.object({
	id: one,
	version: v.pipe(
		v.string('required'),
		v.regex(/^\d{1,9}$/, 'invalid_choice'),
		v.transform(Number)
	),
	area: ids(50),
	theme: ids(500)
});

export const MAX_SELECTION = 500;

export const exclusionSchema = v.pipe(
	v.object({
		id: v.pipe(ids(MAX_SELECTION), v.minLength(1, 'required')),
		reason: v.picklist(EXCLUSION_REASONS, 'required'),
		// „#123” is how the workspace shows an opinion's number; accept it as typed.
		duplicate_of: v.pipe(
			v.optional(v.string(), ''),
			v.trim(),
			v.regex(/^(#?\d{1,12})?$/, 'invalid_opinion_number'),
			v.transform((s) => (s === '' ? null : Number(s.replace('#', ''))))
		)
	}),
	v.forward(
		v.check((x) => x.reason !== 'duplicate' || x.duplicate_of !== null, 'required'),
		['duplicate_of']
	)
);

/** What a bulk action does to the selection, e.g. „area+:12” or „exclude:spam”. */
const BULK_OP =
	/^(area[+-]|theme[+-]):(\d{1,12})$|^exclude:(spam|abusive|off_topic)$|^assign:(\d{1,12}|none)$/;

export const bulkSchema = v.object({
	id: v.pipe(ids(MAX_SELECTION), v.minLength(1, 'select_opinions')),
	op: v.pipe(v.string('required'), v.regex(BULK_OP, 'invalid_choice'))
});

export type BulkOp =
	| { kind: 'code'; add: boolean; target: 'area' | 'theme'; id: number }
	| { kind: 'exclude'; reason: 'spam' | 'abusive' | 'off_topic' }
	| { kind: 'assign'; userId: number | null };

export function bulkOp(op: string): BulkOp {
	const [name = '', value = ''] = op.split(':');
	if (name === 'exclude')
		return { kind: 'exclude', reason: value as 'spam' | 'abusive' | 'off_topic' };
	if (name === 'assign') return { kind: 'assign', userId: value === 'none' ? null : Number(value) };
	return {
		kind: 'code',
		add: name.endsWith('+'),
		target: name.startsWith('area') ? 'area' : 'theme',
		id: Number(value)
	};
}

export const MAX_UNITS = 20;

/** Units are separated by an empty line; each is an opinion of its own. */
export const splitSchema = v.object({
	version: v.pipe(
		v.string('required'),
		v.regex(/^\d{1,9}$/, 'invalid_choice'),
		v.transform(Number)
	),
	units: v.pipe(
		v.string('required'),
		v.transform((s) => s.replace(/\r\n?/g, '\n').split(/\n\s*\n/)),
		v.transform((parts) => parts.map((p) => p.trim()).filter((p) => p !== '')),
		v.minLength(2, 'too_few_units'),
		v.maxLength(MAX_UNITS, 'too_many'),
		v.array(opinionTextUpTo(OPINION_LIMITS.recordedText))
	)
});

export const assignBatchSchema = v.object({
	assignee: one,
	count: v.pipe(
		v.string('required'),
		v.trim(),
		v.regex(/^[1-9]\d{0,2}$/, 'invalid_count'),
		v.transform(Number)
	)
});
