import { sql } from 'kysely';
import type { Database } from '../db/connect';
import type { DB } from '../db/schema.gen';
import type { Insertable } from 'kysely';
import { counted, type CommentsEb } from './report';

export type NewReportOpinion = Insertable<DB['report_opinions']>;

/** Where the previous slice of the zestawienie ended, in its order (arrival, then id). */
export interface OpinionCursor {
	receivedAt: string;
	id: number;
}

/** Opinions after a cursor. A row value keeps SQLite on the index range; an OR rescans it. */
export const afterCursor = (eb: CommentsEb, after: OpinionCursor) =>
	eb(eb.refTuple('c.received_at', 'c.id'), '>', eb.tuple(after.receivedAt, after.id));

/**
 * Counted opinions with their response, in arrival order: the next `limit` after a cursor (for
 * reading them all in slices) or from an offset (for one page).
 */
export function listCountedOpinions(
	db: Database,
	consultationId: number,
	from: { after: OpinionCursor } | { offset: number },
	limit: number
) {
	let query = db
		.selectFrom('comments as c')
		.leftJoin('comment_responses as cr', 'cr.comment_id', 'c.id')
		.select([
			'c.id',
			'c.received_at',
			'c.channel',
			'c.speaker_kind',
			'c.district',
			'c.text',
			'c.redacted_text',
			'c.erased_at',
			'cr.status as response_status',
			'cr.justification'
		])
		.where((eb) => counted(eb, consultationId));
	if ('after' in from) query = query.where((eb) => afterCursor(eb, from.after));
	if ('offset' in from) query = query.offset(from.offset);
	return query.orderBy('c.received_at').orderBy('c.id').limit(limit).execute();
}

export function areasOf(db: Database, commentIds: number[]) {
	if (commentIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('comment_areas as ca')
		.innerJoin('areas as a', 'a.id', 'ca.area_id')
		.select(['ca.comment_id', 'a.code', 'a.name_pl as name'])
		.where('ca.comment_id', 'in', commentIds)
		.orderBy('a.code')
		.execute();
}

export function themesOf(db: Database, commentIds: number[]) {
	if (commentIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('comment_themes as ct')
		.innerJoin('themes as t', 't.id', 'ct.theme_id')
		.select(['ct.comment_id', 't.name'])
		.where('ct.comment_id', 'in', commentIds)
		.orderBy('t.position')
		.orderBy('t.name')
		.execute();
}

export async function insertReportOpinions(db: Database, rows: NewReportOpinion[]) {
	if (rows.length > 0) await db.insertInto('report_opinions').values(rows).execute();
}

/** Rows of a publication that never finished: no report_versions row made them visible. */
export async function deleteUnpublishedOpinions(db: Database, consultationId: number) {
	await db
		.deleteFrom('report_opinions')
		.where('consultation_id', '=', consultationId)
		.where(
			'version',
			'not in',
			db
				.selectFrom('report_versions')
				.select('version')
				.where('consultation_id', '=', consultationId)
		)
		.execute();
}

export function listPublishedOpinions(
	db: Database,
	consultationId: number,
	version: number,
	fromLp: number,
	limit: number
) {
	return db
		.selectFrom('report_opinions')
		.selectAll()
		.where('consultation_id', '=', consultationId)
		.where('version', '=', version)
		.where('lp', '>=', fromLp)
		.orderBy('lp')
		.limit(limit)
		.execute();
}

export async function countPublishedOpinions(
	db: Database,
	consultationId: number,
	version: number
): Promise<number> {
	const row = await db
		.selectFrom('report_opinions')
		.select(sql<number>`count(*)`.as('n'))
		.where('consultation_id', '=', consultationId)
		.where('version', '=', version)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
