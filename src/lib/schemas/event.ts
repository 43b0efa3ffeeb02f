import * as v from 'valibot';
import { DISTRICT_CODES } from '$lib/domain/districts';
import { EVENT_KINDS } from '$lib/domain/vocabularies';
import {
	optionalCount,
	optionalDateTime,
	optionalPicklistOf,
	optionalText,
	picklistOf,
	requiredText
} from './fields';

export const eventSchema = v.pipe(
	v.object({
		kind: picklistOf(EVENT_KINDS),
		title: requiredText(200),
		place: optionalText(200),
		address: optionalText(300),
		district: optionalPicklistOf(DISTRICT_CODES),
		organiser: optionalText(300),
		starts_at: optionalDateTime,
		ends_at: optionalDateTime,
		participants_count: optionalCount,
		accessibility_notes: optionalText(2000)
	}),
	v.forward(
		v.check((e) => !e.starts_at || !e.ends_at || e.starts_at <= e.ends_at, 'ends_before_starts'),
		['ends_at']
	)
);

export type EventInput = v.InferOutput<typeof eventSchema>;

export const tableSchema = v.object({
	name: requiredText(200),
	area_id: v.pipe(
		v.optional(v.string(), ''),
		v.regex(/^\d*$/, 'invalid_choice'),
		v.transform((s) => (s === '' ? null : Number(s)))
	),
	participants_count: optionalCount
});

export type TableInput = v.InferOutput<typeof tableSchema>;
