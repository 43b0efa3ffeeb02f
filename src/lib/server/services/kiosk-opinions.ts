import type { ItemResult } from '$lib/domain/kiosk';
import { warsawDate } from '$lib/domain/warsaw-date';
import type { ValidOpinion } from '$lib/schemas/opinion';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { listAreas } from '../repositories/codebook';
import { receiptCodeOwner } from '../repositories/comments';
import { listQuestions } from '../repositories/consultations';
import { findKioskContext } from '../repositories/devices';
import { isAcceptingOpinions } from './consultations';
import { storeOpinion } from './intake';
import type { KioskDevice } from './kiosk';
import { checkItems, type CheckedItem } from './opinion-items';

export type ReceiveResult =
	| { ok: true; results: ItemResult[] }
	| { ok: false; error: 'wrong_event' | 'consultation_closed' }
	| { ok: false; error: 'invalid_items'; results: ItemResult[] };

/** All or nothing: one rejected item refuses the batch, and a stored batch is one transaction. */
export function receiveOpinions(
	db: Database,
	device: KioskDevice,
	batch: { eventId: number; items: readonly unknown[] },
	now = new Date()
): Promise<ReceiveResult> {
	return inTransaction(db, async (tx): Promise<ReceiveResult> => {
		if (batch.eventId !== device.event_id) return { ok: false, error: 'wrong_event' };
		const context = await findKioskContext(tx, device.event_id);
		if (!isAcceptingOpinions(context, warsawDate(now))) {
			return { ok: false, error: 'consultation_closed' };
		}
		const checked = checkItems(batch.items, await choices(tx, context.consultation_id));
		const valid = checked.filter((item) => item.ok);
		if (valid.length < checked.length) {
			return { ok: false, error: 'invalid_items', results: checked.map(refusal) };
		}
		const results: ItemResult[] = [];
		for (const { index, uuid, opinion } of valid) {
			const status = await store(tx, device, context.consultation_id, opinion, now);
			results.push({ index, uuid, status });
		}
		return { ok: true, results };
	});
}

async function choices(db: Database, consultationId: number) {
	const questions = await listQuestions(db, consultationId);
	const areas = await listAreas(db, consultationId);
	return {
		questionIds: new Set(questions.map((q) => q.id)),
		areaIds: new Set(areas.map((a) => a.id))
	};
}

function refusal(item: CheckedItem): ItemResult {
	const { index, uuid } = item;
	return item.ok
		? { index, uuid, status: 'skipped' }
		: { index, uuid, status: 'rejected', errors: item.errors };
}

async function store(
	db: Database,
	device: KioskDevice,
	consultationId: number,
	opinion: ValidOpinion,
	now: Date
): Promise<'stored' | 'duplicate'> {
	// Two tablets can draw the same 40-bit receipt code: keep the opinion, drop the code.
	const owner = await receiptCodeOwner(db, opinion.receiptCode);
	const receiptCode = owner === undefined || owner === opinion.uuid ? opinion.receiptCode : null;
	const comment = {
		uuid: opinion.uuid,
		consultation_id: consultationId,
		event_id: device.event_id,
		channel: 'kiosk',
		text: opinion.text,
		question_id: opinion.questionId,
		language: opinion.language,
		district: opinion.district,
		age_band: opinion.ageBand,
		receipt_code: receiptCode,
		submitted_at: new Date(opinion.submittedAt).toISOString(),
		received_at: now.toISOString(),
		entered_by_device_id: device.id
	};
	const id = await storeOpinion(db, { comment, areaIds: opinion.areaIds });
	return id === undefined ? 'duplicate' : 'stored';
}
