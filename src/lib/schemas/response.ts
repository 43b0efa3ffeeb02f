import * as v from 'valibot';
import { RESPONSE_STATUSES, type ResponseStatus } from '$lib/domain/vocabularies';
import { picklistOf } from './fields';

export const RESPONSE_LIMITS = { justification: 4000 };

// As in schemas/opinion.ts: control characters other than tab and newlines never belong in text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const justification = v.pipe(
	v.optional(v.string(), ''),
	v.transform((s) => s.normalize('NFC').replace(CONTROL, '').replace(/\r\n?/g, '\n')),
	v.trim(),
	v.maxLength(RESPONSE_LIMITS.justification, 'too_long')
);

/** An office may accept a point without comment; every other answer owes the resident a reason. */
export function needsJustification(status: ResponseStatus): boolean {
	return status !== 'accepted';
}

export const responseSchema = v.pipe(
	v.object({ status: picklistOf(RESPONSE_STATUSES), justification }),
	v.forward(
		v.partialCheck(
			[['status'], ['justification']],
			(input) => !needsJustification(input.status) || input.justification !== '',
			'justification_required'
		),
		['justification']
	)
);

export type ResponseInput = v.InferOutput<typeof responseSchema>;
