import * as v from 'valibot';
import type { DistrictCode } from '$lib/domain/districts';
import type { KioskConfig, KioskLanguage, OpinionItem } from '$lib/domain/kiosk';
import { generateReceiptCode } from '$lib/domain/receipt';
import type { AgeBand } from '$lib/domain/vocabularies';
import { fieldErrors, type FieldErrors } from '$lib/schemas/form';
import { opinionItemSchema, unofferedChoices } from '$lib/schemas/opinion';
import { enqueue } from './outbox';
import { fillRandom, randomUuid, type FillRandom } from './random';
import type { KioskDb } from './store';

/** What the resident filled in on the kiosk form. */
export interface OpinionDraft {
	text: string;
	questionId: number | null;
	areaIds: number[];
	district: DistrictCode | null;
	ageBand: AgeBand | null;
	language: KioskLanguage;
}

export interface OpinionDeps {
	now: () => Date;
	random?: FillRandom;
	uuid?: () => string;
}

export type NewOpinion = { ok: true; item: OpinionItem } | { ok: false; errors: FieldErrors };

/** Validates before anything is stored: the outbox holds only opinions the server can accept. */
export function newOpinion(
	draft: OpinionDraft,
	config: KioskConfig,
	deps: OpinionDeps
): NewOpinion {
	if (!config.consultation.accepting) {
		return { ok: false, errors: { _form: { code: 'consultation_closed' } } };
	}
	const random = deps.random ?? fillRandom;
	const result = v.safeParse(opinionItemSchema, {
		...draft,
		uuid: deps.uuid ? deps.uuid() : randomUuid(random),
		receiptCode: generateReceiptCode(random),
		submittedAt: deps.now().toISOString()
	});
	if (!result.success) return { ok: false, errors: fieldErrors(result.issues) };
	const errors = unoffered(result.output, config);
	return errors ? { ok: false, errors } : { ok: true, item: result.output };
}

/**
 * What the kiosk form calls: an invalid draft never reaches the outbox, a valid one resolves only
 * once it is on disk, so the thank-you screen can follow.
 */
export async function submitOpinion(
	db: KioskDb,
	draft: OpinionDraft,
	config: KioskConfig,
	deps: OpinionDeps
): Promise<NewOpinion> {
	const result = newOpinion(draft, config, deps);
	if (result.ok) await enqueue(db, result.item, deps.now());
	return result;
}

/** The server refuses a question or area of another consultation; better to say so now. */
function unoffered(item: OpinionItem, config: KioskConfig): FieldErrors | null {
	const errors = unofferedChoices(item, {
		questionIds: new Set(config.questions.map((q) => q.id)),
		areaIds: new Set(config.areas.map((a) => a.id))
	});
	if (errors.length === 0) return null;
	return Object.fromEntries(errors.map(({ field, code }) => [field, { code }]));
}
