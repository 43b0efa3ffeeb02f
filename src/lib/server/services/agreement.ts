import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import * as repo from '../repositories/agreement';
import { recordAudit } from '../repositories/audit';
import { listCoders } from '../repositories/assignment';
import { findCodable } from '../repositories/coding';
import { codebookRefusal, codeOpinion, type Coding, type CodingResult } from './coding';

export { agreementReport } from './agreement-report';

export const SHARE_LIMITS = { min: 1, max: 50 } as const;

export interface SampleRequest {
	name: string;
	/** Per cent of the codable opinions, 1–50; ignored when `size` is given. */
	share?: number;
	/** A fixed number of opinions (capped at the pool). */
	size?: number;
	coderIds: readonly number[];
}

export type SampleRefusal =
	'too_few_coders' | 'too_many_coders' | 'invalid_coder' | 'invalid_size' | 'empty_pool';

export type SampleResult =
	{ ok: true; id: number; size: number } | { ok: false; reason: SampleRefusal };

/** Active staff who may code, i.e. who may double-code a sample. */
export async function listCoderCandidates(db: Database) {
	const coders = await listCoders(db);
	return coders.map((u) => ({ id: u.id, name: u.display_name, role: u.role }));
}

/** A consultation's samples, newest first, with each coder's progress. */
export async function listSampleSummaries(db: Database, consultationId: number) {
	const samples = await repo.listSamples(db, consultationId);
	const ids = samples.map((s) => s.id);
	const coders = await repo.listCoders(db, ids);
	const counts = await repo.codingCounts(db, ids);
	const codedBy = (sampleId: number, userId: number) =>
		Number(counts.find((c) => c.sample_id === sampleId && c.user_id === userId)?.n ?? 0);
	return samples.map((s) => ({
		id: s.id,
		name: s.name,
		createdAt: s.created_at,
		total: Number(s.item_count),
		adjudicated: Number(s.adjudicated_count),
		coders: coders
			.filter((c) => c.sample_id === s.id)
			.map((c) => ({ userId: c.user_id, name: c.display_name, coded: codedBy(s.id, c.user_id) }))
	}));
}

/** Draws a random sample of a consultation's codable opinions for two coders to code blind. */
export function createSample(
	db: Database,
	actorId: number,
	consultationId: number,
	request: SampleRequest,
	options: { random?: () => number; now?: Date } = {}
): Promise<SampleResult> {
	const { random = Math.random, now = new Date() } = options;
	return inTransaction(db, async (tx) => {
		const coderIds = [...new Set(request.coderIds)].sort((a, b) => a - b);
		if (coderIds.length < 2) return { ok: false, reason: 'too_few_coders' };
		if (coderIds.length > 2) return { ok: false, reason: 'too_many_coders' };
		const candidates = new Set((await listCoderCandidates(tx)).map((c) => c.id));
		if (coderIds.some((id) => !candidates.has(id))) return { ok: false, reason: 'invalid_coder' };
		const pool = await repo.codablePool(tx, consultationId);
		if (pool.length === 0) return { ok: false, reason: 'empty_pool' };
		const size = sampleSize(pool.length, request);
		if (size === null) return { ok: false, reason: 'invalid_size' };
		const commentIds = drawSample(pool, size, random);
		const at = now.toISOString();
		const sample = { consultationId, name: request.name, createdBy: actorId, createdAt: at };
		const id = await repo.insertSample(tx, sample, coderIds, commentIds);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'agreement.create',
			entity: 'agreement_sample',
			entityId: id,
			after: { name: request.name, coderIds, commentIds }
		});
		return { ok: true, id, size };
	});
}

function sampleSize(pool: number, request: SampleRequest): number | null {
	if (request.size !== undefined) {
		return Number.isInteger(request.size) && request.size >= 1
			? Math.min(request.size, pool)
			: null;
	}
	const share = request.share ?? NaN;
	if (!(share >= SHARE_LIMITS.min && share <= SHARE_LIMITS.max)) return null;
	return Math.min(pool, Math.max(1, Math.round((pool * share) / 100)));
}

/** A partial Fisher–Yates shuffle: `size` distinct ids, each equally likely; sorted for display. */
export function drawSample(ids: readonly number[], size: number, random: () => number): number[] {
	const pool = [...ids];
	const count = Math.min(size, pool.length);
	for (let i = 0; i < count; i++) {
		const j = i + Math.floor(random() * (pool.length - i));
		const picked = pool[j]!;
		pool[j] = pool[i]!;
		pool[i] = picked;
	}
	return pool.slice(0, count).sort((a, b) => a - b);
}

export type BlindRefusal = 'not_found' | 'not_a_coder' | 'not_in_sample';

/** What a coder still has to code: the opinions' text only, never anyone's coding. */
export async function blindQueue(db: Database, sampleId: number, userId: number) {
	const sample = await repo.findSampleById(db, sampleId);
	if (!sample) return { ok: false as const, reason: 'not_found' as const };
	if (!(await isCoder(db, sampleId, userId))) {
		return { ok: false as const, reason: 'not_a_coder' as const };
	}
	const items = await repo.uncodedItems(db, sampleId, userId);
	const total = (await repo.listItems(db, sampleId)).length;
	return {
		ok: true as const,
		total,
		items: items.map((i) => ({ commentId: i.comment_id, text: i.text }))
	};
}

export type BlindCodingRefusal =
	BlindRefusal | 'unknown_area' | 'unknown_theme' | 'retired_theme' | 'too_many_areas';

export function saveBlindCoding(
	db: Database,
	sampleId: number,
	commentId: number,
	userId: number,
	coding: Coding,
	now = new Date()
): Promise<{ ok: true } | { ok: false; reason: BlindCodingRefusal }> {
	return inTransaction(db, async (tx) => {
		const sample = await repo.findSampleById(tx, sampleId);
		if (!sample) return { ok: false, reason: 'not_found' };
		if (!(await isCoder(tx, sampleId, userId))) return { ok: false, reason: 'not_a_coder' };
		if (!(await repo.findItem(tx, sampleId, commentId))) {
			return { ok: false, reason: 'not_in_sample' };
		}
		const refusal = await codebookRefusal(tx, sample.consultation_id, coding);
		if (refusal) return { ok: false, reason: refusal };
		await repo.upsertCoding(tx, {
			sampleId,
			commentId,
			userId,
			areaIds: sortedUnique(coding.areaIds),
			themeIds: sortedUnique(coding.themeIds),
			codedAt: now.toISOString()
		});
		return { ok: true };
	});
}

export async function isCoder(db: Database, sampleId: number, userId: number) {
	return (await repo.listCoders(db, [sampleId])).some((c) => c.user_id === userId);
}

function sortedUnique(ids: readonly number[]) {
	return [...new Set(ids)].sort((a, b) => a - b);
}

export type AdjudicationResult = CodingResult | { ok: false; reason: 'not_in_sample' };

/** Writes the final coding of a sampled opinion through the ordinary coding rules. */
export function adjudicate(
	db: Database,
	actorId: number,
	sampleId: number,
	commentId: number,
	coding: Coding,
	now = new Date()
): Promise<AdjudicationResult> {
	return inTransaction(db, async (tx) => {
		const sample = await repo.findSampleById(tx, sampleId);
		if (!sample) return { ok: false, reason: 'not_found' };
		if (!(await repo.findItem(tx, sampleId, commentId))) {
			return { ok: false, reason: 'not_in_sample' };
		}
		const opinion = await findCodable(tx, sample.consultation_id, commentId);
		if (!opinion) return { ok: false, reason: 'not_found' };
		const change = { ...coding, expectedVersion: opinion.version };
		const result = await codeOpinion(tx, actorId, sample.consultation_id, commentId, change, now);
		if (!result.ok) return result;
		await repo.markAdjudicated(tx, sampleId, commentId, actorId, now.toISOString());
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'agreement.adjudicate',
			entity: 'agreement_sample',
			entityId: sampleId,
			after: { commentId, ...result.coding }
		});
		return result;
	});
}
