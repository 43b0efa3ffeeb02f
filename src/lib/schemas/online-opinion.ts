import * as v from 'valibot';
import { DISTRICT_CODES } from '$lib/domain/districts';
import { AGE_BANDS } from '$lib/domain/vocabularies';
import { optionalPicklistOf } from './fields';
import { fieldErrors, type FieldErrors } from './form';
import { OPINION_LIMITS, opinionText } from './opinion';

/** RFC 5321 caps a forward path at 256 octets, two of them the angle brackets. */
export const EMAIL_MAX = 254;

const rowId = v.pipe(
	v.string('invalid_choice'),
	v.regex(/^\d{1,12}$/, 'invalid_choice'),
	v.transform(Number)
);

const optionalId = v.pipe(
	v.optional(v.string(), ''),
	v.union([v.literal(''), rowId], 'invalid_choice'),
	v.transform((id) => (id === '' ? null : id))
);

const areaIds = v.pipe(
	v.array(rowId, 'invalid_choice'),
	v.maxLength(OPINION_LIMITS.areas, 'too_many'),
	v.check((ids) => new Set(ids).size === ids.length, 'invalid_choice')
);

const optionalEmail = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.union(
		[
			v.literal(''),
			v.pipe(v.string(), v.maxLength(EMAIL_MAX, 'too_long'), v.email('invalid_email'))
		],
		'invalid_email'
	),
	v.transform((email) => email || null)
);

/** Field names are the form's, so that errors land on the fields the person sees. */
export const onlineOpinionSchema = v.pipe(
	v.object({
		text: opinionText,
		question_id: optionalId,
		area_ids: areaIds,
		district: optionalPicklistOf(DISTRICT_CODES),
		age_band: optionalPicklistOf(AGE_BANDS),
		email: optionalEmail,
		consent: v.pipe(
			v.optional(v.string(), ''),
			v.transform((value) => value !== '')
		)
	}),
	// The address is used only with consent, and consent without an address sends nothing.
	v.forward(
		v.partialCheck(
			[['email'], ['consent']],
			(f) => f.email === null || f.consent,
			'consent_missing'
		),
		['consent']
	),
	v.forward(
		v.partialCheck(
			[['email'], ['consent']],
			(f) => f.email !== null || !f.consent,
			'email_missing'
		),
		['email']
	),
	v.transform((f) => ({
		text: f.text,
		questionId: f.question_id,
		areaIds: f.area_ids,
		district: f.district,
		ageBand: f.age_band,
		email: f.email
	}))
);

export type OnlineOpinion = v.InferOutput<typeof onlineOpinionSchema>;

/** What the form shows back after a refusal: exactly what the person typed and ticked. */
export interface OnlineValues {
	text: string;
	question_id: string;
	area_ids: string[];
	area_unsure: boolean;
	district: string;
	age_band: string;
	email: string;
	consent: boolean;
}

export function onlineValues(form: FormData): OnlineValues {
	const one = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		text: one('text'),
		question_id: one('question_id'),
		area_ids: form.getAll('area_ids').filter((id) => typeof id === 'string'),
		area_unsure: form.has('area_unsure'),
		district: one('district'),
		age_band: one('age_band'),
		email: one('email'),
		consent: form.has('consent')
	};
}

export type OnlineParse =
	| { ok: true; data: OnlineOpinion; values: OnlineValues }
	| { ok: false; errors: FieldErrors; values: OnlineValues };

export function parseOnlineForm(form: FormData): OnlineParse {
	const values = onlineValues(form);
	const { area_unsure, consent, ...fields } = values;
	void area_unsure;
	const input = { ...fields, consent: consent ? 'yes' : '' };
	const result = v.safeParse(onlineOpinionSchema, input);
	if (result.success) return { ok: true, data: result.output, values };
	return { ok: false, errors: byField(fieldErrors(result.issues)), values };
}

/** `area_ids.3` is reported on the area checkboxes as a whole. */
function byField(errors: FieldErrors): FieldErrors {
	const merged: FieldErrors = {};
	for (const [path, error] of Object.entries(errors)) {
		const field = path.split('.')[0] ?? path;
		merged[field] ??= error;
	}
	return merged;
}
