import type { Insertable } from 'kysely';
import type { Database } from '../db/connect';
import type { DB } from '../db/schema.gen';

export type NewSuggestionOutcome = Insertable<DB['suggestion_outcomes']>;

const codedOpinions = (db: Database, consultationId: number) =>
	db
		.selectFrom('comments')
		.where('comments.consultation_id', '=', consultationId)
		.where('comments.status', '=', 'coded')
		// The original of a split is represented by its units, which are coded on their own.
		.where('comments.split_at', 'is', null);

/**
 * Changes whenever a coding does: every coding write raises a version, sets coded_at, or moves
 * an opinion in or out of 'coded'.
 */
export async function codingFingerprint(db: Database, consultationId: number): Promise<string> {
	const row = await codedOpinions(db, consultationId)
		.select((eb) => [
			eb.fn.countAll<number>().as('count'),
			eb.fn.sum<number>('comments.version').as('versions'),
			eb.fn.max('comments.coded_at').as('last_coded_at')
		])
		.executeTakeFirstOrThrow();
	return `${row.count}:${row.versions ?? 0}:${row.last_coded_at ?? ''}`;
}

/** The most recently coded opinions, at most `limit` of them, oldest id first. */
export async function listCodedTexts(db: Database, consultationId: number, limit: number) {
	const rows = await codedOpinions(db, consultationId)
		.select(['comments.id', 'comments.text'])
		.orderBy('comments.coded_at', 'desc')
		.orderBy('comments.id', 'desc')
		.limit(limit)
		.execute();
	return rows.reverse();
}

export function listCodedAreas(db: Database, consultationId: number) {
	return codedOpinions(db, consultationId)
		.innerJoin('comment_areas', 'comment_areas.comment_id', 'comments.id')
		.select(['comment_areas.comment_id', 'comment_areas.area_id'])
		.execute();
}

export function listCodedThemes(db: Database, consultationId: number) {
	return codedOpinions(db, consultationId)
		.innerJoin('comment_themes', 'comment_themes.comment_id', 'comments.id')
		.select(['comment_themes.comment_id', 'comment_themes.theme_id'])
		.execute();
}

/** The texts of the given opinions that belong to the consultation; other ids are left out. */
export function listOpinionTexts(db: Database, consultationId: number, ids: readonly number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('comments')
		.select(['id', 'text'])
		.where('consultation_id', '=', consultationId)
		.where('id', 'in', [...ids])
		.execute();
}

export async function insertSuggestionOutcomes(
	db: Database,
	rows: readonly NewSuggestionOutcome[]
): Promise<void> {
	if (rows.length === 0) return;
	await db
		.insertInto('suggestion_outcomes')
		.values([...rows])
		.execute();
}

/** Per suggested area or theme of the consultation: how often shown and how often kept. */
export async function countSuggestionOutcomes(db: Database, consultationId: number) {
	const rows = await db
		.selectFrom('suggestion_outcomes')
		.innerJoin('comments', 'comments.id', 'suggestion_outcomes.comment_id')
		.where('comments.consultation_id', '=', consultationId)
		.select((eb) => [
			'suggestion_outcomes.kind',
			'suggestion_outcomes.code_id',
			eb.fn.countAll<number>().as('shown'),
			eb.fn.sum<number>('suggestion_outcomes.accepted').as('accepted')
		])
		.groupBy(['suggestion_outcomes.kind', 'suggestion_outcomes.code_id'])
		.orderBy('suggestion_outcomes.kind')
		.orderBy('suggestion_outcomes.code_id')
		.execute();
	return rows.map((row) => ({ ...row, shown: Number(row.shown), accepted: Number(row.accepted) }));
}
