import { MAX_AREAS_PER_OPINION } from '$lib/domain/vocabularies';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import { listAreas, listThemes } from '../repositories/codebook';
import {
	codedAreaIds,
	codedThemeIds,
	findCodable,
	findCodables,
	replaceAreas,
	replaceThemes,
	updateIfVersion
} from '../repositories/coding';
import { applyThemeResponses } from './responses';

export interface Coding {
	areaIds: number[];
	themeIds: number[];
}

export type CodingRefusal =
	| 'not_found'
	| 'conflict'
	| 'excluded'
	| 'split'
	| 'unknown_area'
	| 'unknown_theme'
	| 'retired_theme'
	| 'too_many_areas';

export type CodingResult =
	| { ok: true; version: number; coding: Coding }
	| { ok: false; reason: CodingRefusal; version?: number; coding?: Coding };

export interface CodingChange extends Coding {
	/** The version the analyst saw; a save over someone else's newer change is refused. */
	expectedVersion: number;
}

/** Replaces one opinion's areas and themes, unless another analyst changed it meanwhile. */
export function codeOpinion(
	db: Database,
	actorId: number,
	consultationId: number,
	commentId: number,
	change: CodingChange,
	now = new Date()
): Promise<CodingResult> {
	return inTransaction(db, async (tx) => {
		const opinion = await findCodable(tx, consultationId, commentId);
		if (!opinion) return { ok: false, reason: 'not_found' };
		const before = {
			areaIds: await codedAreaIds(tx, commentId),
			themeIds: await codedThemeIds(tx, commentId)
		};
		if (opinion.version !== change.expectedVersion) {
			return { ok: false, reason: 'conflict', version: opinion.version, coding: before };
		}
		const refusal =
			refusalFor(opinion) ?? (await codebookRefusal(tx, consultationId, change, before));
		if (refusal) return { ok: false, reason: refusal };
		const after = normalised(change);
		await writeCoding(tx, actorId, commentId, opinion.version, before, after, now);
		return { ok: true, version: opinion.version + 1, coding: after };
	});
}

export interface BulkCoding {
	add: Coding;
	remove: Coding;
}

export type BulkResult =
	| { ok: true; changed: number; skipped: { id: number; reason: CodingRefusal }[] }
	| { ok: false; reason: CodingRefusal };

/**
 * Adds and removes codes on a selection. Each opinion keeps the codes the change does not name,
 * so a bulk action never erases what another analyst coded on one of them.
 */
export function codeOpinions(
	db: Database,
	actorId: number,
	consultationId: number,
	commentIds: readonly number[],
	change: BulkCoding,
	now = new Date()
): Promise<BulkResult> {
	return inTransaction(db, async (tx) => {
		const opinions = await findCodables(tx, consultationId, [...new Set(commentIds)]);
		if (opinions.length !== new Set(commentIds).size) return { ok: false, reason: 'not_found' };
		const skipped: { id: number; reason: CodingRefusal }[] = [];
		let changed = 0;
		for (const opinion of opinions) {
			const before = {
				areaIds: await codedAreaIds(tx, opinion.id),
				themeIds: await codedThemeIds(tx, opinion.id)
			};
			const after = {
				areaIds: merged(before.areaIds, change.add.areaIds, change.remove.areaIds),
				themeIds: merged(before.themeIds, change.add.themeIds, change.remove.themeIds)
			};
			const refusal =
				refusalFor(opinion) ?? (await codebookRefusal(tx, consultationId, after, before));
			if (
				refusal === 'unknown_area' ||
				refusal === 'unknown_theme' ||
				refusal === 'retired_theme'
			) {
				return { ok: false, reason: refusal };
			}
			if (refusal) {
				skipped.push({ id: opinion.id, reason: refusal });
				continue;
			}
			await writeCoding(tx, actorId, opinion.id, opinion.version, before, after, now);
			changed++;
		}
		return { ok: true, changed, skipped };
	});
}

function refusalFor(opinion: { status: string; split_at: string | null }): CodingRefusal | null {
	if (opinion.status === 'excluded') return 'excluded';
	if (opinion.split_at !== null) return 'split';
	return null;
}

/**
 * Why the consultation's codebook does not allow this coding, or null. A retired theme already on
 * the opinion (`before`) may stay; it cannot be newly given.
 */
export async function codebookRefusal(
	db: Database,
	consultationId: number,
	coding: Coding,
	before: Coding = { areaIds: [], themeIds: [] }
): Promise<Exclude<CodingRefusal, 'not_found' | 'conflict' | 'excluded' | 'split'> | null> {
	const areas = new Set((await listAreas(db, consultationId)).map((a) => a.id));
	if (coding.areaIds.some((id) => !areas.has(id))) return 'unknown_area';
	if (new Set(coding.areaIds).size > MAX_AREAS_PER_OPINION) return 'too_many_areas';
	const themes = new Map((await listThemes(db, consultationId)).map((t) => [t.id, t]));
	for (const id of coding.themeIds) {
		const theme = themes.get(id);
		if (!theme) return 'unknown_theme';
		if (theme.retired_at !== null && !before.themeIds.includes(id)) return 'retired_theme';
	}
	return null;
}

async function writeCoding(
	db: Database,
	actorId: number,
	commentId: number,
	version: number,
	before: Coding,
	after: Coding,
	now: Date
) {
	const written = await updateIfVersion(db, commentId, version, {
		status: 'coded',
		coded_by: actorId,
		coded_at: now.toISOString(),
		updated_at: now.toISOString()
	});
	// Inside the transaction that read the version, so a miss means a bug, not a race.
	if (!written) throw new Error(`opinion ${commentId} changed inside its own transaction`);
	await replaceAreas(db, commentId, after.areaIds);
	await replaceThemes(db, commentId, after.themeIds);
	// A theme's response reaches the opinions coded with it later, too.
	await applyThemeResponses(db, commentId, actorId);
	await recordAudit(db, {
		actorUserId: actorId,
		action: 'comment.code',
		entity: 'comment',
		entityId: commentId,
		before,
		after
	});
}

function normalised(coding: Coding): Coding {
	const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
	return { areaIds: sorted(coding.areaIds), themeIds: sorted(coding.themeIds) };
}

function merged(current: number[], add: number[], remove: number[]): number[] {
	const result = new Set([...current, ...add]);
	for (const id of remove) result.delete(id);
	return [...result].sort((a, b) => a - b);
}
