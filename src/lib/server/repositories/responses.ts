import { sql, type OnConflictBuilder } from 'kysely';
import type { Database } from '../db/connect';
import type { DB } from '../db/schema.gen';

export interface ResponseFields {
	status: string;
	justification: string;
	responded_by: number | null;
	updated_at: string;
}

const responseColumns = ['status', 'justification', 'responded_by', 'updated_at'] as const;

/** On conflict, a copy is replaced; an opinion's own response (from_theme_id NULL) never is. */
const replaceCopyOnly = (oc: OnConflictBuilder<DB, 'comment_responses'>) =>
	oc
		.column('comment_id')
		.doUpdateSet((eb) => ({
			status: eb.ref('excluded.status'),
			justification: eb.ref('excluded.justification'),
			responded_by: eb.ref('excluded.responded_by'),
			updated_at: eb.ref('excluded.updated_at'),
			from_theme_id: eb.ref('excluded.from_theme_id')
		}))
		.where('comment_responses.from_theme_id', 'is not', null);

export function findOpinion(db: Database, consultationId: number, commentId: number) {
	return db
		.selectFrom('comments')
		.select(['id', 'status'])
		.where('consultation_id', '=', consultationId)
		.where('id', '=', commentId)
		.executeTakeFirst();
}

export function findCommentResponse(db: Database, commentId: number) {
	return db
		.selectFrom('comment_responses')
		.select([...responseColumns, 'from_theme_id'])
		.where('comment_id', '=', commentId)
		.executeTakeFirst();
}

export async function saveOwnResponse(db: Database, commentId: number, fields: ResponseFields) {
	await db
		.insertInto('comment_responses')
		.values({ comment_id: commentId, ...fields, from_theme_id: null })
		.onConflict((oc) => oc.column('comment_id').doUpdateSet({ ...fields, from_theme_id: null }))
		.execute();
}

/** Writes a theme's response onto one opinion unless the opinion has its own. */
export async function saveCopy(
	db: Database,
	commentId: number,
	copy: ResponseFields & { theme_id: number }
) {
	const { theme_id, ...fields } = copy;
	await db
		.insertInto('comment_responses')
		.values({ comment_id: commentId, ...fields, from_theme_id: theme_id })
		.onConflict(replaceCopyOnly)
		.execute();
}

export async function deleteCommentResponse(db: Database, commentId: number) {
	await db.deleteFrom('comment_responses').where('comment_id', '=', commentId).execute();
}

export function findThemeResponse(db: Database, themeId: number) {
	return db
		.selectFrom('theme_responses')
		.select(responseColumns)
		.where('theme_id', '=', themeId)
		.executeTakeFirst();
}

export async function saveThemeResponse(db: Database, themeId: number, fields: ResponseFields) {
	await db
		.insertInto('theme_responses')
		.values({ theme_id: themeId, ...fields })
		.onConflict((oc) => oc.column('theme_id').doUpdateSet(fields))
		.execute();
}

/**
 * One statement for the whole theme, however many opinions it holds: every opinion of the theme
 * that is not excluded and has no response of its own gets (or keeps) a copy of the theme's.
 */
export async function copyThemeResponse(db: Database, themeId: number) {
	await db
		.insertInto('comment_responses')
		.columns(['comment_id', ...responseColumns, 'from_theme_id'])
		.expression((eb) =>
			eb
				.selectFrom('comment_themes as ct')
				.innerJoin('theme_responses as tr', 'tr.theme_id', 'ct.theme_id')
				.innerJoin('comments as c', 'c.id', 'ct.comment_id')
				.select([
					'ct.comment_id',
					'tr.status',
					'tr.justification',
					'tr.responded_by',
					'tr.updated_at',
					'tr.theme_id'
				])
				.where('ct.theme_id', '=', themeId)
				.where('c.status', '!=', 'excluded')
		)
		.onConflict(replaceCopyOnly)
		.execute();
}

export async function countCarrying(db: Database, themeId: number) {
	const row = await db
		.selectFrom('comment_themes as ct')
		.innerJoin('comment_responses as cr', 'cr.comment_id', 'ct.comment_id')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('ct.theme_id', '=', themeId)
		.whereRef('cr.from_theme_id', '=', 'ct.theme_id')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** The response of the opinion's theme answered last (ties: the newer theme); none if excluded. */
export function latestThemeResponseOf(db: Database, commentId: number) {
	return db
		.selectFrom('comment_themes as ct')
		.innerJoin('theme_responses as tr', 'tr.theme_id', 'ct.theme_id')
		.innerJoin('comments as c', 'c.id', 'ct.comment_id')
		.select(['tr.theme_id', 'tr.status', 'tr.justification', 'tr.responded_by', 'tr.updated_at'])
		.where('ct.comment_id', '=', commentId)
		.where('c.status', '!=', 'excluded')
		.orderBy('tr.updated_at', 'desc')
		.orderBy('tr.theme_id', 'desc')
		.executeTakeFirst();
}

/** Opinions counted in the summary: excluded ones are not answered, and a split original is
 * answered through its units. NULL status = no response yet. */
export function countByResponseStatus(db: Database, consultationId: number) {
	return db
		.selectFrom('comments as c')
		.leftJoin('comment_responses as cr', 'cr.comment_id', 'c.id')
		.select(['cr.status', (eb) => eb.fn.countAll<number>().as('n')])
		.where('c.consultation_id', '=', consultationId)
		.where('c.status', '!=', 'excluded')
		.where('c.split_at', 'is', null)
		.groupBy('cr.status')
		.execute();
}

/** Every theme still in use, with its response and how its (not excluded) opinions answer. */
export function listThemeResponses(db: Database, consultationId: number) {
	const counts = db
		.selectFrom('comment_themes as ct')
		.innerJoin('comments as c', 'c.id', 'ct.comment_id')
		.leftJoin('comment_responses as cr', 'cr.comment_id', 'ct.comment_id')
		.select((eb) => [
			'ct.theme_id',
			eb.fn.countAll<number>().as('opinions'),
			sql<number>`count(case when cr.from_theme_id = ct.theme_id then 1 end)`.as('carrying'),
			sql<number>`count(case when cr.comment_id is not null and cr.from_theme_id is null then 1 end)`.as(
				'own'
			)
		])
		.where('c.consultation_id', '=', consultationId)
		.where('c.status', '!=', 'excluded')
		.groupBy('ct.theme_id');
	return db
		.selectFrom('themes as t')
		.leftJoin('areas as a', 'a.id', 't.area_id')
		.leftJoin('theme_responses as tr', 'tr.theme_id', 't.id')
		.leftJoin(counts.as('n'), (join) => join.onRef('n.theme_id', '=', 't.id'))
		.select([
			't.id',
			't.name',
			't.area_id',
			't.retired_at',
			'a.code as area_code',
			'a.name_pl as area_name',
			'tr.status',
			'tr.justification',
			'tr.updated_at',
			'n.opinions',
			'n.carrying',
			'n.own'
		])
		.where('t.consultation_id', '=', consultationId)
		.where('t.merged_into_id', 'is', null)
		.orderBy(sql`a.code is null`)
		.orderBy('a.code')
		.orderBy('t.position')
		.orderBy('t.name')
		.execute();
}
