import type { ItemResult } from '$lib/domain/kiosk';
import { warsawDate } from '$lib/domain/warsaw-date';
import type { ValidOpinion } from '$lib/schemas/opinion';
import type { Database } from '../db/connect';
import { listAreas } from '../repositories/codebook';
import { receiptCodeOwners } from '../repositories/comments';
import { listQuestions } from '../repositories/consultations';
import { findKioskContext } from '../repositories/devices';
import { isAcceptingOpinions } from './consultations';
import { inIntakeTransaction, storeOpinions, type Intake } from './intake';
import type { KioskDevice } from './kiosk';
import { checkItems, type CheckedItem } from './opinion-items';

export type ReceiveResult =
	| { ok: true; results: ItemResult[] }
	| { ok: false; error: 'wrong_event' | 'consultation_closed' }
	| { ok: false; error: 'invalid_items'; results: ItemResult[] };

/** All or nothing: one rejected item refuses the batch, and a stored batch commits whole. */
export function receiveOpinions(
	db: Database,
	device: KioskDevice,
	batch: { eventId: number; items: readonly unknown[] },
	now = new Date()
): Promise<ReceiveResult> {
	return inIntakeTransaction(db, async (tx): Promise<ReceiveResult> => {
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
		const opinions = valid.map((item) => item.opinion);
		const intakes = await withReceiptCodes(tx, opinions, (opinion, receiptCode) =>
			intake(device, context.consultation_id, opinion, receiptCode, now)
		);
		const stored = await storeOpinions(tx, intakes);
		const results = valid.map(({ index, uuid, opinion }): ItemResult => {
			const status = stored.has(opinion.uuid) ? 'stored' : 'duplicate';
			return { index, uuid, status };
		});
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

/**
 * Two tablets can draw the same 40-bit receipt code: the opinion is kept, and the code stays
 * with whoever held it first (a replayed opinion keeps its own). One query for the whole batch.
 */
async function withReceiptCodes(
	db: Database,
	opinions: readonly ValidOpinion[],
	make: (opinion: ValidOpinion, receiptCode: string | null) => Intake
): Promise<Intake[]> {
	const owners = await receiptCodeOwners(
		db,
		opinions.map((o) => o.receiptCode)
	);
	return opinions.map((opinion) => {
		const owner = owners.get(opinion.receiptCode);
		if (owner !== undefined && owner !== opinion.uuid) return make(opinion, null);
		owners.set(opinion.receiptCode, opinion.uuid);
		return make(opinion, opinion.receiptCode);
	});
}

function intake(
	device: KioskDevice,
	consultationId: number,
	opinion: ValidOpinion,
	receiptCode: string | null,
	now: Date
): Intake {
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
	return { comment, areaIds: opinion.areaIds };
}
