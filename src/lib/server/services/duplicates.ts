import { findDuplicateGroups } from '$lib/domain/near-duplicates';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { findDuplicateMembers, listDuplicateCandidates } from '../repositories/duplicates';
import { excludeOpinions, restoreOpinion } from './moderation';

export const DUPLICATE_TEXT_PREVIEW = 300;

export interface DuplicateMember {
	id: number;
	/** The text up to DUPLICATE_TEXT_PREVIEW characters, cut at a word. */
	text: string;
	truncated: boolean;
	channel: string;
	receivedAt: string;
	marked: boolean;
	duplicateOfId: number | null;
}

export interface DuplicateGroupView {
	members: DuplicateMember[];
	exact: boolean;
	similarity: number;
	/** The member to keep unless the analyst picks another: the one the marked ones point to. */
	keepId: number;
	/** At least two members are not marked yet: there is something to decide. */
	pending: boolean;
}

/** Groups of copies and near-duplicates to review, undecided ones first. */
export async function listDuplicateGroups(
	db: Database,
	consultationId: number
): Promise<DuplicateGroupView[]> {
	const rows = await listDuplicateCandidates(db, consultationId);
	const byId = new Map(rows.map((row) => [row.id, row]));
	const groups = findDuplicateGroups(
		rows.map((row) => ({ id: row.id, text: row.text, receivedAt: row.received_at }))
	);
	const views = groups.map(({ ids, exact, similarity }) => {
		const members = ids.map((id) => member(byId.get(id)!));
		const open = members.filter((m) => !m.marked);
		const pointedTo = members.find((m) => m.marked)?.duplicateOfId;
		const keepId = open.find((m) => m.id === pointedTo)?.id ?? open[0]?.id ?? ids[0]!;
		return { members, exact, similarity, keepId, pending: open.length > 1 };
	});
	return [...views.filter((v) => v.pending), ...views.filter((v) => !v.pending)];
}

function member(row: Awaited<ReturnType<typeof listDuplicateCandidates>>[number]): DuplicateMember {
	const truncated = row.text.length > DUPLICATE_TEXT_PREVIEW;
	const cut = row.text.slice(0, DUPLICATE_TEXT_PREVIEW);
	return {
		id: row.id,
		text: truncated
			? `${cut.slice(0, cut.lastIndexOf(' ') + 1 || undefined).trimEnd()}…`
			: row.text,
		truncated,
		channel: row.channel,
		receivedAt: row.received_at,
		marked: row.status === 'excluded' && row.excluded_reason === 'duplicate',
		duplicateOfId: row.duplicate_of_id
	};
}

export type DuplicateRefusal =
	| 'none_selected'
	| 'not_found'
	| 'keep_in_duplicates'
	| 'keep_excluded'
	| 'already_excluded'
	| 'split'
	| 'not_duplicate';

export type DuplicateResult =
	{ ok: true; changed: number } | { ok: false; reason: DuplicateRefusal };

/**
 * Marks opinions as duplicates of the one kept: excluded with reason 'duplicate', pointing to
 * it, each change audited. All or nothing: any refused id leaves every opinion as it was.
 */
export function markDuplicates(
	db: Database,
	actorId: number,
	consultationId: number,
	keepId: number,
	duplicateIds: readonly number[],
	now = new Date()
): Promise<DuplicateResult> {
	const ids = [...new Set(duplicateIds)];
	if (ids.length === 0) return Promise.resolve({ ok: false, reason: 'none_selected' });
	if (ids.includes(keepId)) return Promise.resolve({ ok: false, reason: 'keep_in_duplicates' });
	return inTransaction(db, async (tx) => {
		const rows = await findDuplicateMembers(tx, consultationId, [keepId, ...ids]);
		if (rows.length !== ids.length + 1) return { ok: false, reason: 'not_found' };
		const refusal = refusalFor(rows, keepId);
		if (refusal) return { ok: false, reason: refusal };
		const duplicates = ids.filter((id) => {
			const row = rows.find((r) => r.id === id)!;
			return !(row.excluded_reason === 'duplicate' && row.duplicate_of_id === keepId);
		});
		if (duplicates.length === 0) return { ok: true, changed: 0 };
		const excluded = await excludeOpinions(
			tx,
			actorId,
			consultationId,
			duplicates,
			{ reason: 'duplicate', duplicateOfId: keepId },
			now
		);
		// Every rule it checks was checked above, so a refusal here is a bug, not bad input.
		if (!excluded.ok) throw new Error(`marking duplicates was refused: ${excluded.reason}`);
		return { ok: true, changed: excluded.changed };
	});
}

function refusalFor(
	rows: Awaited<ReturnType<typeof findDuplicateMembers>>,
	keepId: number
): DuplicateRefusal | null {
	for (const row of rows) {
		if (row.erased_at !== null) return 'not_found';
		if (row.split_at !== null) return 'split';
		if (row.status !== 'excluded') continue;
		if (row.id === keepId) return 'keep_excluded';
		if (row.excluded_reason !== 'duplicate') return 'already_excluded';
	}
	return null;
}

/** Takes back a duplicate mark: the opinion is coded again if it had been coded, else waiting. */
export function unmarkDuplicate(
	db: Database,
	actorId: number,
	consultationId: number,
	commentId: number,
	now = new Date()
): Promise<DuplicateResult> {
	return inTransaction(db, async (tx) => {
		const [row] = await findDuplicateMembers(tx, consultationId, [commentId]);
		if (!row) return { ok: false, reason: 'not_found' };
		if (row.status !== 'excluded' || row.excluded_reason !== 'duplicate') {
			return { ok: false, reason: 'not_duplicate' };
		}
		const restored = await restoreOpinion(tx, actorId, consultationId, commentId, now);
		if (!restored.ok) throw new Error(`unmarking a duplicate was refused: ${restored.reason}`);
		return { ok: true, changed: restored.changed };
	});
}
