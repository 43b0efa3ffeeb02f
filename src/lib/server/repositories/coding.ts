import type { Database } from '../db/connect';
import type { CommentUpdate } from '../db/types';

/** The columns coding rules look at, for one opinion of one consultation. */
export function findCodable(db: Database, consultationId: number, id: number) {
	return db
		.selectFrom('comments')
		.select(['id', 'version', 'status', 'excluded_reason', 'duplicate_of_id', 'split_at'])
		.where('consultation_id', '=', consultationId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findCodables(db: Database, consultationId: number, ids: readonly number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('comments')
		.select(['id', 'version', 'status', 'excluded_reason', 'duplicate_of_id', 'split_at'])
		.where('consultation_id', '=', consultationId)
		.where('id', 'in', [...ids])
		.execute();
}

export async function codedAreaIds(db: Database, commentId: number) {
	const rows = await db
		.selectFrom('comment_areas')
		.select('area_id')
		.where('comment_id', '=', commentId)
		.orderBy('area_id')
		.execute();
	return rows.map((r) => r.area_id);
}

export async function codedThemeIds(db: Database, commentId: number) {
	const rows = await db
		.selectFrom('comment_themes')
		.select('theme_id')
		.where('comment_id', '=', commentId)
		.orderBy('theme_id')
		.execute();
	return rows.map((r) => r.theme_id);
}

/** Area and theme ids of many opinions at once, e.g. for a page of the inbox. */
export async function codingsOf(db: Database, commentIds: readonly number[]) {
	const codings = new Map(
		commentIds.map((id) => [id, { areaIds: [] as number[], themeIds: [] as number[] }])
	);
	if (commentIds.length === 0) return codings;
	const ids = [...commentIds];
	const [areas, themes] = await Promise.all([
		db
			.selectFrom('comment_areas')
			.select(['comment_id', 'area_id'])
			.where('comment_id', 'in', ids)
			.orderBy('area_id')
			.execute(),
		db
			.selectFrom('comment_themes')
			.select(['comment_id', 'theme_id'])
			.where('comment_id', 'in', ids)
			.orderBy('theme_id')
			.execute()
	]);
	for (const row of areas) codings.get(row.comment_id)?.areaIds.push(row.area_id);
	for (const row of themes) codings.get(row.comment_id)?.themeIds.push(row.theme_id);
	return codings;
}

export async function replaceAreas(db: Database, commentId: number, areaIds: readonly number[]) {
	await db.deleteFrom('comment_areas').where('comment_id', '=', commentId).execute();
	if (areaIds.length === 0) return;
	await db
		.insertInto('comment_areas')
		.values(areaIds.map((area_id) => ({ comment_id: commentId, area_id })))
		.execute();
}

export async function replaceThemes(db: Database, commentId: number, themeIds: readonly number[]) {
	await db.deleteFrom('comment_themes').where('comment_id', '=', commentId).execute();
	if (themeIds.length === 0) return;
	await db
		.insertInto('comment_themes')
		.values(themeIds.map((theme_id) => ({ comment_id: commentId, theme_id })))
		.execute();
}

/**
 * Optimistic concurrency: the write happens only if nobody changed the opinion since the writer
 * read `expectedVersion`. Returns whether it did.
 */
export async function updateIfVersion(
	db: Database,
	id: number,
	expectedVersion: number,
	changes: CommentUpdate
): Promise<boolean> {
	const result = await db
		.updateTable('comments')
		.set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
		.where('id', '=', id)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return result.numUpdatedRows === 1n;
}
