import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import type { ConsultationInput } from '$lib/schemas/consultation';
import { rejected, type Saved } from './result';
import { recordAudit } from '../repositories/audit';
import {
	findConsultationBySlug,
	insertConsultation,
	listQuestions,
	replaceQuestions,
	updateConsultation
} from '../repositories/consultations';

export type SaveResult = Saved<{ id: number; slug: string }>;

const duplicateSlug = rejected('slug', 'duplicate_slug');

function columns({ questions, ...rest }: ConsultationInput) {
	void questions;
	return rest;
}

export async function createConsultation(
	db: Database,
	input: ConsultationInput,
	actorId: number | null
): Promise<SaveResult> {
	return inTransaction(db, async (tx) => {
		if (await findConsultationBySlug(tx, input.slug)) return duplicateSlug;
		const id = await insertConsultation(tx, columns(input));
		await replaceQuestions(tx, id, input.questions);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'consultation.create',
			entity: 'consultation',
			entityId: id,
			after: input
		});
		return { ok: true, id, slug: input.slug };
	});
}

export async function editConsultation(
	db: Database,
	currentSlug: string,
	input: ConsultationInput,
	actorId: number | null,
	now = new Date()
): Promise<SaveResult | null> {
	return inTransaction(db, async (tx) => {
		const current = await findConsultationBySlug(tx, currentSlug);
		if (!current) return null;
		if (input.slug !== currentSlug && (await findConsultationBySlug(tx, input.slug)))
			return duplicateSlug;
		const before = {
			...current,
			questions: (await listQuestions(tx, current.id)).map((q) => q.text)
		};
		await updateConsultation(tx, current.id, { ...columns(input), updated_at: now.toISOString() });
		await replaceQuestions(tx, current.id, input.questions);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'consultation.update',
			entity: 'consultation',
			entityId: current.id,
			before,
			after: input
		});
		return { ok: true, id: current.id, slug: input.slug };
	});
}

export function isAcceptingOpinions(
	consultation: { status: string; opens_on: string | null; closes_on: string | null },
	today: string
): boolean {
	if (consultation.status !== 'open') return false;
	if (consultation.opens_on && today < consultation.opens_on) return false;
	if (consultation.closes_on && today > consultation.closes_on) return false;
	return true;
}
