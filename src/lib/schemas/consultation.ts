import * as v from 'valibot';
import { CONSULTATION_STATUSES } from '$lib/domain/vocabularies';
import { optionalDate, optionalText, picklistOf, requiredText } from './fields';

export const LIMITS = {
	title: 200,
	description: 5000,
	vision: 20000,
	clause: 20000,
	question: 500
};
export const MAX_QUESTIONS = 10;
export const RETENTION_DAYS = { min: 1, max: 3650 };

/** Days after the first published report that contact addresses are kept; empty = until erased. */
const contactRetentionDays = v.optional(
	v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^(?:\d{1,4})?$/, 'invalid_retention'),
		v.transform((s) => (s === '' ? null : Number(s))),
		v.check(
			(days) => days === null || (days >= RETENTION_DAYS.min && days <= RETENTION_DAYS.max),
			'invalid_retention'
		)
	)
);

const slug = v.pipe(
	v.string('required'),
	v.trim(),
	v.toLowerCase(),
	v.nonEmpty('required'),
	v.maxLength(80, 'too_long'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'invalid_slug')
);

/** Guiding questions arrive as one textarea, a question per line. */
const questions = v.pipe(
	v.optional(v.string(), ''),
	v.transform((text) =>
		text
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean)
	),
	v.maxLength(MAX_QUESTIONS, 'too_many'),
	v.check((lines) => lines.every((l) => l.length <= LIMITS.question), 'line_too_long')
);

export const consultationSchema = v.pipe(
	v.object({
		title: requiredText(LIMITS.title),
		slug,
		description: optionalText(LIMITS.description),
		vision_text: optionalText(LIMITS.vision),
		questions,
		opens_on: optionalDate,
		closes_on: optionalDate,
		status: picklistOf(CONSULTATION_STATUSES),
		rodo_clause: optionalText(LIMITS.clause),
		contact_retention_days: contactRetentionDays
	}),
	v.forward(
		v.check((c) => !c.opens_on || !c.closes_on || c.opens_on <= c.closes_on, 'closes_before_opens'),
		['closes_on']
	)
);

export type ConsultationInput = v.InferOutput<typeof consultationSchema>;
