import type { ResponseCounts } from '$lib/domain/report';
import * as v from 'valibot';
import { isOneOf, RESPONSE_STATUSES, type ResponseStatus } from '$lib/domain/vocabularies';
import { fieldErrors } from '$lib/schemas/form';
import { responseSchema, type ResponseInput } from '$lib/schemas/response';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import { findTheme } from '../repositories/codebook';
import {
	copyThemeResponse,
	countByResponseStatus,
	countCarrying,
	deleteCommentResponse,
	findCommentResponse,
	findOpinion,
	findThemeResponse,
	latestThemeResponseOf,
	listThemeResponses,
	saveCopy,
	saveOwnResponse,
	saveThemeResponse,
	type ResponseFields
} from '../repositories/responses';
import { rejected, type Rejected, type Saved } from './result';

/*
 * Which response an opinion carries: its own, if an analyst gave it one, always wins. Otherwise it
 * carries a copy of the response of one of its themes, the theme answered most recently (ties:
 * the newer theme). So answering a theme overwrites the copies of its opinions, including copies
 * of another theme's response, but never an opinion's own; excluded opinions carry no copies.
 */

function checked(input: unknown, actorId: number | null, now: Date): ResponseFields | Rejected {
	const result = v.safeParse(responseSchema, input);
	if (!result.success) return { ok: false, errors: fieldErrors(result.issues) };
	const valid: ResponseInput = result.output;
	return { ...valid, responded_by: actorId, updated_at: now.toISOString() };
}

const isRejected = (value: object): value is Rejected => 'ok' in value && value.ok === false;

/** The opinion's own response. Null when the opinion is not one of this consultation's. */
export function respondToOpinion(
	db: Database,
	actorId: number | null,
	consultationId: number,
	commentId: number,
	input: unknown,
	now = new Date()
): Promise<Saved | null> {
	return inTransaction(db, async (tx) => {
		const fields = checked(input, actorId, now);
		if (isRejected(fields)) return fields;
		const opinion = await findOpinion(tx, consultationId, commentId);
		if (!opinion) return null;
		if (opinion.status === 'excluded') return rejected('_form', 'response_opinion_excluded');
		const before = await findCommentResponse(tx, commentId);
		await saveOwnResponse(tx, commentId, fields);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: `comment_response.${before ? 'update' : 'create'}`,
			entity: 'comment_response',
			entityId: commentId,
			before,
			after: { ...fields, from_theme_id: null }
		});
		return { ok: true, id: commentId };
	});
}

/** Drops the opinion's own response; it then carries its themes' response, if any. */
export function clearOpinionResponse(
	db: Database,
	actorId: number | null,
	consultationId: number,
	commentId: number
): Promise<{ ok: true; fromThemeId: number | null } | null> {
	return inTransaction(db, async (tx) => {
		if (!(await findOpinion(tx, consultationId, commentId))) return null;
		const before = await findCommentResponse(tx, commentId);
		if (before?.from_theme_id === null) {
			await deleteCommentResponse(tx, commentId);
			await recordAudit(tx, {
				actorUserId: actorId,
				action: 'comment_response.delete',
				entity: 'comment_response',
				entityId: commentId,
				before
			});
		}
		await applyThemeResponses(tx, commentId, actorId);
		const after = await findCommentResponse(tx, commentId);
		return { ok: true, fromThemeId: after?.from_theme_id ?? null };
	});
}

/**
 * Sets a theme's response and copies it at once onto the theme's opinions (see the rule above).
 * `applied` is how many opinions carry it afterwards.
 */
export function respondToTheme(
	db: Database,
	actorId: number | null,
	consultationId: number,
	themeId: number,
	input: unknown,
	now = new Date()
): Promise<Saved<{ id: number; applied: number }> | null> {
	return inTransaction(db, async (tx) => {
		const fields = checked(input, actorId, now);
		if (isRejected(fields)) return fields;
		const theme = await findTheme(tx, consultationId, themeId);
		if (!theme) return null;
		if (theme.retired_at !== null || theme.merged_into_id !== null) {
			return rejected('_form', 'response_theme_closed');
		}
		const before = await findThemeResponse(tx, themeId);
		await saveThemeResponse(tx, themeId, fields);
		await copyThemeResponse(tx, themeId);
		const applied = await countCarrying(tx, themeId);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: `theme_response.${before ? 'update' : 'create'}`,
			entity: 'theme_response',
			entityId: themeId,
			before,
			after: { ...fields, applied }
		});
		return { ok: true, id: themeId, applied };
	});
}

/**
 * For the coding service, after an opinion's themes (or its exclusion) changed: an opinion
 * without its own response gets the response of its most recently answered theme, and loses a
 * copy whose theme it no longer has.
 */
export function applyThemeResponses(
	db: Database,
	commentId: number,
	actorId: number | null = null
): Promise<void> {
	return inTransaction(db, async (tx) => {
		const current = await findCommentResponse(tx, commentId);
		if (current && current.from_theme_id === null) return;
		const latest = await latestThemeResponseOf(tx, commentId);
		if (!latest && !current) return;
		if (latest && current && sameCopy(current, latest)) return;
		if (latest) await saveCopy(tx, commentId, latest);
		else await deleteCommentResponse(tx, commentId);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: latest ? 'comment_response.copy' : 'comment_response.delete',
			entity: 'comment_response',
			entityId: commentId,
			before: current,
			after: latest ? { ...latest, from_theme_id: latest.theme_id } : undefined
		});
	});
}

function sameCopy(
	current: ResponseFields & { from_theme_id: number | null },
	latest: ResponseFields & { theme_id: number }
) {
	return (
		current.from_theme_id === latest.theme_id &&
		current.status === latest.status &&
		current.justification === latest.justification &&
		current.updated_at === latest.updated_at
	);
}

/** Opinions to answer (not excluded, split originals through their units) by response. */
export type ResponseSummary = ResponseCounts;

export async function responseSummary(
	db: Database,
	consultationId: number
): Promise<ResponseSummary> {
	const rows = await countByResponseStatus(db, consultationId);
	return tallyResponses(
		rows,
		rows.reduce((sum, row) => sum + Number(row.n), 0)
	);
}

/** Counts by status (a null status: not answered) of `total` opinions; the rest have none. */
export function tallyResponses(
	rows: readonly { status: string | null; n: number }[],
	total: number
): ResponseSummary {
	const byStatus = Object.fromEntries(RESPONSE_STATUSES.map((s) => [s, 0])) as Record<
		ResponseStatus,
		number
	>;
	for (const row of rows) {
		if (isOneOf(RESPONSE_STATUSES, row.status)) byStatus[row.status] += Number(row.n);
	}
	const answered = RESPONSE_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
	return { total, none: total - answered, byStatus };
}

export interface ThemeResponseRow {
	id: number;
	name: string;
	retired: boolean;
	response: { status: ResponseStatus; justification: string; updatedAt: string } | null;
	opinions: number;
	carrying: number;
	own: number;
}

export interface ThemeResponseGroup {
	area: { id: number; code: number; name: string } | null;
	themes: ThemeResponseRow[];
}

/** The consultation's themes by area (cross-cutting ones last), each with its response. */
export async function themeResponseOverview(
	db: Database,
	consultationId: number
): Promise<ThemeResponseGroup[]> {
	const groups: ThemeResponseGroup[] = [];
	for (const row of await listThemeResponses(db, consultationId)) {
		const area =
			row.area_id === null || row.area_code === null
				? null
				: { id: row.area_id, code: row.area_code, name: row.area_name ?? '' };
		let group = groups.at(-1);
		if (!group || group.area?.id !== area?.id) {
			group = { area, themes: [] };
			groups.push(group);
		}
		group.themes.push({
			id: row.id,
			name: row.name,
			retired: row.retired_at !== null,
			response: row.status
				? {
						status: row.status as ResponseStatus,
						justification: row.justification ?? '',
						updatedAt: row.updated_at ?? ''
					}
				: null,
			opinions: Number(row.opinions ?? 0),
			carrying: Number(row.carrying ?? 0),
			own: Number(row.own ?? 0)
		});
	}
	return groups;
}
