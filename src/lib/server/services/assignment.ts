import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import { findCodables } from '../repositories/coding';
import {
	codingProgress,
	listCoders,
	nextUnassigned,
	setAssignee
} from '../repositories/assignment';

export type AssignResult =
	{ ok: true; assigned: number } | { ok: false; reason: 'not_found' | 'not_a_coder' };

export const MAX_BATCH = 500;

async function isCoder(db: Database, userId: number | null) {
	return userId === null || (await listCoders(db)).some((u) => u.id === userId);
}

/** Gives chosen opinions to an analyst (or to nobody, with null). */
export function assignOpinions(
	db: Database,
	actorId: number,
	consultationId: number,
	ids: readonly number[],
	assigneeId: number | null
): Promise<AssignResult> {
	return inTransaction(db, async (tx) => {
		if (!(await isCoder(tx, assigneeId))) return { ok: false, reason: 'not_a_coder' };
		const unique = [...new Set(ids)];
		if ((await findCodables(tx, consultationId, unique)).length !== unique.length) {
			return { ok: false, reason: 'not_found' };
		}
		const assigned = await setAssignee(tx, consultationId, unique, assigneeId);
		await audit(tx, actorId, consultationId, unique, assigneeId);
		return { ok: true, assigned };
	});
}

/** Gives an analyst the next `count` waiting opinions nobody has. */
export function assignBatch(
	db: Database,
	actorId: number,
	consultationId: number,
	assigneeId: number,
	count: number
): Promise<AssignResult> {
	return inTransaction(db, async (tx) => {
		if (!(await isCoder(tx, assigneeId))) return { ok: false, reason: 'not_a_coder' };
		const ids = await nextUnassigned(tx, consultationId, Math.min(count, MAX_BATCH));
		const assigned = ids.length === 0 ? 0 : await setAssignee(tx, consultationId, ids, assigneeId);
		if (assigned > 0) await audit(tx, actorId, consultationId, ids, assigneeId);
		return { ok: true, assigned };
	});
}

function audit(
	db: Database,
	actorId: number,
	consultationId: number,
	ids: number[],
	assigneeId: number | null
) {
	return recordAudit(db, {
		actorUserId: actorId,
		action: 'comment.assign',
		entity: 'consultation',
		entityId: consultationId,
		after: { assigneeId, commentIds: ids }
	});
}

export async function progress(db: Database, consultationId: number) {
	const { totals, byCoder, byAssignee } = await codingProgress(db, consultationId);
	const count = (state: string) => Number(totals.find((t) => t.state === state)?.n ?? 0);
	const coded = count('coded');
	const waiting = count('received');
	return {
		coded,
		waiting,
		excluded: count('excluded'),
		split: count('split'),
		/** Opinions that need a decision: coded ones and those still waiting. */
		codable: coded + waiting,
		byCoder: byCoder.map((c) => ({ ...c, n: Number(c.n) })),
		byAssignee: byAssignee.map((a) => ({
			...a,
			assigned: Number(a.assigned),
			left: Number(a.left)
		}))
	};
}
