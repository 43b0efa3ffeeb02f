import type { ExclusionReason } from '$lib/domain/vocabularies';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import { codedAreaIds, codedThemeIds, findCodable, findCodables } from '../repositories/coding';
import {
	deleteUnits,
	findOpinionForSplit,
	insertUnits,
	listUnits,
	updateComment
} from '../repositories/moderation';
import { applyThemeResponses } from './responses';

export interface Exclusion {
	reason: ExclusionReason;
	/** Only with reason 'duplicate': the opinion this one repeats. */
	duplicateOfId: number | null;
}

export type ModerationRefusal =
	| 'not_found'
	| 'conflict'
	| 'duplicate_of_missing'
	| 'duplicate_of_itself'
	| 'duplicate_of_excluded'
	| 'not_excluded'
	| 'split'
	| 'already_split'
	| 'units_coded';

export type ModerationResult =
	{ ok: true; changed: number } | { ok: false; reason: ModerationRefusal };

/** Sets opinions aside with a reason; they stay in the database and in every export. */
export function excludeOpinions(
	db: Database,
	actorId: number,
	consultationId: number,
	commentIds: readonly number[],
	exclusion: Exclusion,
	now = new Date()
): Promise<ModerationResult> {
	return inTransaction(db, async (tx) => {
		const ids = [...new Set(commentIds)];
		const opinions = await findCodables(tx, consultationId, ids);
		if (opinions.length !== ids.length) return { ok: false, reason: 'not_found' };
		const duplicateOfId = exclusion.reason === 'duplicate' ? exclusion.duplicateOfId : null;
		if (exclusion.reason === 'duplicate') {
			if (duplicateOfId === null) return { ok: false, reason: 'duplicate_of_missing' };
			if (ids.includes(duplicateOfId)) return { ok: false, reason: 'duplicate_of_itself' };
			const original = await findCodable(tx, consultationId, duplicateOfId);
			if (!original) return { ok: false, reason: 'duplicate_of_missing' };
			if (original.status === 'excluded') return { ok: false, reason: 'duplicate_of_excluded' };
		}
		// Every check before any write: a refusal returns normally and would commit what came first.
		if (opinions.some((o) => o.split_at !== null)) return { ok: false, reason: 'split' };
		for (const opinion of opinions) {
			const after = {
				status: 'excluded' as const,
				excluded_reason: exclusion.reason,
				duplicate_of_id: duplicateOfId
			};
			await updateComment(tx, opinion.id, { ...after, updated_at: now.toISOString() });
			await applyThemeResponses(tx, opinion.id, actorId);
			await recordAudit(tx, {
				actorUserId: actorId,
				action: 'comment.exclude',
				entity: 'comment',
				entityId: opinion.id,
				before: {
					status: opinion.status,
					excluded_reason: opinion.excluded_reason,
					duplicate_of_id: opinion.duplicate_of_id
				},
				after
			});
		}
		return { ok: true, changed: opinions.length };
	});
}

/** Brings an excluded opinion back: coded again if it had been coded, else waiting. */
export function restoreOpinion(
	db: Database,
	actorId: number,
	consultationId: number,
	commentId: number,
	now = new Date()
): Promise<ModerationResult> {
	return inTransaction(db, async (tx) => {
		const opinion = await findCodable(tx, consultationId, commentId);
		if (!opinion) return { ok: false, reason: 'not_found' };
		if (opinion.status !== 'excluded') return { ok: false, reason: 'not_excluded' };
		const coded =
			(await codedAreaIds(tx, commentId)).length + (await codedThemeIds(tx, commentId)).length > 0;
		const after = {
			status: coded ? ('coded' as const) : ('received' as const),
			excluded_reason: null,
			duplicate_of_id: null
		};
		await updateComment(tx, commentId, { ...after, updated_at: now.toISOString() });
		await applyThemeResponses(tx, commentId, actorId);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'comment.restore',
			entity: 'comment',
			entityId: commentId,
			before: { status: opinion.status, excluded_reason: opinion.excluded_reason },
			after
		});
		return { ok: true, changed: 1 };
	});
}

export type SplitResult =
	{ ok: true; unitIds: number[] } | { ok: false; reason: ModerationRefusal };

/**
 * One resident made several points: each unit becomes an opinion of its own, coded on its own,
 * with the original's provenance; the original is kept as written and no longer coded.
 */
export function splitOpinion(
	db: Database,
	actorId: number,
	consultationId: number,
	commentId: number,
	units: readonly string[],
	expectedVersion: number,
	now = new Date()
): Promise<SplitResult> {
	return inTransaction(db, async (tx) => {
		const original = await findOpinionForSplit(tx, consultationId, commentId);
		if (!original) return { ok: false, reason: 'not_found' };
		if (original.parent_id !== null || original.split_at !== null) {
			return { ok: false, reason: 'already_split' };
		}
		if (original.version !== expectedVersion) return { ok: false, reason: 'conflict' };
		const unitIds = await insertUnits(tx, original, units, now);
		await updateComment(tx, commentId, {
			split_at: now.toISOString(),
			updated_at: now.toISOString()
		});
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'comment.split',
			entity: 'comment',
			entityId: commentId,
			before: null,
			after: { unitIds, units }
		});
		return { ok: true, unitIds };
	});
}

/** Undoes a split while none of its units has been coded or excluded. */
export function joinUnits(
	db: Database,
	actorId: number,
	consultationId: number,
	commentId: number,
	now = new Date()
): Promise<ModerationResult> {
	return inTransaction(db, async (tx) => {
		const original = await findOpinionForSplit(tx, consultationId, commentId);
		if (!original || original.split_at === null) return { ok: false, reason: 'not_found' };
		const units = await listUnits(tx, commentId);
		if (units.some((u) => u.status !== 'received')) return { ok: false, reason: 'units_coded' };
		await deleteUnits(tx, commentId);
		await updateComment(tx, commentId, { split_at: null, updated_at: now.toISOString() });
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'comment.join',
			entity: 'comment',
			entityId: commentId,
			before: { units: units.map((u) => u.text) },
			after: null
		});
		return { ok: true, changed: units.length };
	});
}
