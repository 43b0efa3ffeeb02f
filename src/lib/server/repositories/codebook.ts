import type { Database } from '../db/connect';
import type { AreaInput, ThemeInput } from '$lib/schemas/area';

export function listAreas(db: Database, consultationId: number) {
	return db
		.selectFrom('areas')
		.selectAll()
		.where('consultation_id', '=', consultationId)
		.orderBy('position')
		.orderBy('code')
		.execute();
}

export function findArea(db: Database, consultationId: number, id: number) {
	return db
		.selectFrom('areas')
		.selectAll()
		.where('consultation_id', '=', consultationId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findAreaByCode(db: Database, consultationId: number, code: number) {
	return db
		.selectFrom('areas')
		.select('id')
		.where('consultation_id', '=', consultationId)
		.where('code', '=', code)
		.executeTakeFirst();
}

export async function insertArea(db: Database, consultationId: number, area: AreaInput) {
	const row = await db
		.insertInto('areas')
		.values({ consultation_id: consultationId, position: area.code, ...area })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateArea(db: Database, id: number, area: AreaInput) {
	await db
		.updateTable('areas')
		.set({ ...area, position: area.code })
		.where('id', '=', id)
		.execute();
}

export function listThemes(db: Database, consultationId: number) {
	return db
		.selectFrom('themes')
		.leftJoin('areas', 'areas.id', 'themes.area_id')
		.select([
			'themes.id',
			'themes.name',
			'themes.description',
			'themes.area_id',
			'themes.retired_at',
			'themes.merged_into_id',
			'areas.code as area_code'
		])
		.where('themes.consultation_id', '=', consultationId)
		.orderBy('areas.code')
		.orderBy('themes.position')
		.orderBy('themes.name')
		.execute();
}

export function findTheme(db: Database, consultationId: number, id: number) {
	return db
		.selectFrom('themes')
		.selectAll()
		.where('consultation_id', '=', consultationId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findThemeByName(db: Database, consultationId: number, name: string) {
	return db
		.selectFrom('themes')
		.select('id')
		.where('consultation_id', '=', consultationId)
		.where('name', '=', name)
		.executeTakeFirst();
}

export async function insertTheme(db: Database, consultationId: number, theme: ThemeInput) {
	const row = await db
		.insertInto('themes')
		.values({ consultation_id: consultationId, ...theme })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateTheme(db: Database, id: number, theme: ThemeInput) {
	await db.updateTable('themes').set(theme).where('id', '=', id).execute();
}

/** Gives every opinion coded with `fromId` the theme `intoId` instead; returns their ids. */
export async function moveThemeCodings(db: Database, fromId: number, intoId: number) {
	const moved = await db
		.deleteFrom('comment_themes')
		.where('theme_id', '=', fromId)
		.returning('comment_id')
		.execute();
	const ids = moved.map((r) => r.comment_id);
	if (ids.length === 0) return ids;
	await db
		.insertInto('comment_themes')
		.values(ids.map((comment_id) => ({ comment_id, theme_id: intoId })))
		.onConflict((oc) => oc.doNothing())
		.execute();
	await db
		.updateTable('comments')
		.set((eb) => ({ version: eb('version', '+', 1) }))
		.where('id', 'in', ids)
		.execute();
	return ids;
}

export async function setThemeRetired(
	db: Database,
	id: number,
	retiredAt: string | null,
	mergedIntoId: number | null = null
) {
	await db
		.updateTable('themes')
		.set({ retired_at: retiredAt, merged_into_id: mergedIntoId })
		.where('id', '=', id)
		.execute();
}

export async function countThemeCodings(db: Database, themeId: number) {
	const row = await db
		.selectFrom('comment_themes')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('theme_id', '=', themeId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
