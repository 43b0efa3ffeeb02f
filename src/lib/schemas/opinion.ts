import * as v from 'valibot';
import { DISTRICT_CODES } from '$lib/domain/districts';
import { KIOSK_LANGUAGES } from '$lib/domain/kiosk';
import { RECEIPT_CODE_PATTERN } from '$lib/domain/receipt';
import { AGE_BANDS } from '$lib/domain/vocabularies';

export const OPINION_LIMITS = {
	/** What a resident types on a tablet or the online form. */
	text: 2000,
	/** Letters, meeting notes and transcribed cards run longer than a typed opinion. */
	recordedText: 10000,
	areas: 20,
	batchItems: 50,
	bodyBytes: 512 * 1024
};

// Control characters other than tab and newlines only ever arrive by accident or malice.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// JSON can carry half a surrogate pair; SQLite would store it as three U+FFFD, so it becomes one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The documented normalisation of resident text (docs/security.md). */
export const opinionTextUpTo = (limit: number) =>
	v.pipe(
		v.string('required'),
		v.transform((s) =>
			s
				.replace(LONE_SURROGATE, '\uFFFD')
				.normalize('NFC')
				.replace(CONTROL, '')
				.replace(/\r\n?/g, '\n')
		),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(limit, 'too_long')
	);

export const opinionText = opinionTextUpTo(OPINION_LIMITS.text);
export const recordedOpinionText = opinionTextUpTo(OPINION_LIMITS.recordedText);

const id = v.pipe(
	v.number('invalid_choice'),
	v.integer('invalid_choice'),
	v.minValue(1, 'invalid_choice')
);

export const opinionItemSchema = v.object({
	uuid: v.pipe(v.string('invalid_uuid'), v.toLowerCase(), v.uuid('invalid_uuid')),
	text: opinionText,
	questionId: v.nullable(id),
	areaIds: v.pipe(
		v.array(id, 'invalid_choice'),
		v.maxLength(OPINION_LIMITS.areas, 'too_many'),
		v.check((ids) => new Set(ids).size === ids.length, 'invalid_choice')
	),
	district: v.nullable(v.picklist(DISTRICT_CODES, 'invalid_choice')),
	ageBand: v.nullable(v.picklist(AGE_BANDS, 'invalid_choice')),
	language: v.picklist(KIOSK_LANGUAGES, 'invalid_choice'),
	receiptCode: v.pipe(
		v.string('invalid_receipt'),
		v.regex(RECEIPT_CODE_PATTERN, 'invalid_receipt')
	),
	submittedAt: v.pipe(v.string('invalid_datetime'), v.isoTimestamp('invalid_datetime'))
});

export type ValidOpinion = v.InferOutput<typeof opinionItemSchema>;

/** The questions and areas a consultation offers: an opinion may point only at those. */
export interface OfferedChoices {
	questionIds: ReadonlySet<number>;
	areaIds: ReadonlySet<number>;
}

export function unofferedChoices(
	opinion: Pick<ValidOpinion, 'questionId' | 'areaIds'>,
	offered: OfferedChoices
): { field: 'questionId' | 'areaIds'; code: 'invalid_choice' }[] {
	const errors: { field: 'questionId' | 'areaIds'; code: 'invalid_choice' }[] = [];
	if (opinion.questionId !== null && !offered.questionIds.has(opinion.questionId)) {
		errors.push({ field: 'questionId', code: 'invalid_choice' });
	}
	if (!opinion.areaIds.every((id) => offered.areaIds.has(id))) {
		errors.push({ field: 'areaIds', code: 'invalid_choice' });
	}
	return errors;
}
