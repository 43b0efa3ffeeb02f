import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../db/connect';
import type { DB } from '../db/schema.gen';

export type CommentsEb = ExpressionBuilder<DB & { c: DB['comments'] }, 'c'>;

/**
 * The opinions a report counts: not set aside, and not an original split into units (its units
 * are counted instead). Every figure of the report starts from this condition.
 */
export const counted = (eb: CommentsEb, consultationId: number) =>
	eb.and([
		eb('c.consultation_id', '=', consultationId),
		eb('c.status', '!=', 'excluded'),
		eb('c.split_at', 'is', null)
	]);

/**
 * One pass over the inbox's covering index: counted opinions by every provenance field at once.
 * The service folds these rows into the channel, event, table, district and age tallies.
 */
export function countByProvenance(db: Database, consultationId: number) {
	return db
		.selectFrom('comments as c')
		.select([
			'c.channel',
			'c.event_id',
			'c.table_id',
			'c.district',
			'c.age_band',
			(eb) => eb.fn.countAll<number>().as('n'),
			(eb) => eb.fn.sum<number>(sql`c.status = 'coded'`).as('coded')
		])
		.where((eb) => counted(eb, consultationId))
		.groupBy(['c.channel', 'c.event_id', 'c.table_id', 'c.district', 'c.age_band'])
		.execute();
}

/** Opinions by the UTC hour they arrived (YYYY-MM-DDTHH); the service turns hours into Warsaw days. */
export function countByHour(db: Database, consultationId: number) {
	return db
		.selectFrom('comments as c')
		.select([
			sql<string>`substr(c.received_at, 1, 13)`.as('hour'),
			(eb) => eb.fn.countAll<number>().as('n')
		])
		.where((eb) => counted(eb, consultationId))
		.groupBy('hour')
		.execute();
}

export async function countExcluded(db: Database, consultationId: number): Promise<number> {
	const row = await db
		.selectFrom('comments as c')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('c.consultation_id', '=', consultationId)
		.where('c.status', '=', 'excluded')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/**
 * Counted opinions by coded area and channel; an opinion with several areas counts once in
 * each, one without any once under area null. The left join makes both in one pass.
 */
export function countAreasByChannel(db: Database, consultationId: number) {
	return db
		.selectFrom('comments as c')
		.leftJoin('comment_areas as ca', 'ca.comment_id', 'c.id')
		.select(['ca.area_id', 'c.channel', (eb) => eb.fn.countAll<number>().as('n')])
		.where((eb) => counted(eb, consultationId))
		.groupBy(['ca.area_id', 'c.channel'])
		.execute();
}

/** Answered counted opinions by response status; the rest have none yet. */
export function countResponses(db: Database, consultationId: number) {
	return db
		.selectFrom('comments as c')
		.innerJoin('comment_responses as cr', 'cr.comment_id', 'c.id')
		.select(['cr.status', (eb) => eb.fn.countAll<number>().as('n')])
		.where((eb) => counted(eb, consultationId))
		.groupBy('cr.status')
		.execute();
}

export function countThemes(db: Database, consultationId: number) {
	return db
		.selectFrom('comments as c')
		.innerJoin('comment_themes as ct', 'ct.comment_id', 'c.id')
		.select(['ct.theme_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where((eb) => counted(eb, consultationId))
		.groupBy('ct.theme_id')
		.execute();
}

/** Events with their accessibility features (as a JSON array), in the order they took place. */
export function listReportEvents(db: Database, consultationId: number) {
	return db
		.selectFrom('events as e')
		.select([
			'e.id',
			'e.title',
			'e.kind',
			'e.organiser',
			'e.place',
			'e.address',
			'e.district',
			'e.starts_at',
			'e.ends_at',
			'e.participants_count',
			'e.accessibility_notes',
			(eb) =>
				eb
					.selectFrom('event_accessibility as ea')
					.select(sql<string>`json_group_array(ea.feature)`.as('features'))
					.whereRef('ea.event_id', '=', 'e.id')
					.as('features')
		])
		.where('e.consultation_id', '=', consultationId)
		.orderBy('e.starts_at')
		.orderBy('e.id')
		.execute();
}

export function listReportTables(db: Database, consultationId: number) {
	return db
		.selectFrom('meeting_tables as t')
		.innerJoin('events as e', 'e.id', 't.event_id')
		.select(['t.id', 't.event_id', 't.name', 't.area_id', 't.participants_count'])
		.where('e.consultation_id', '=', consultationId)
		.orderBy('t.position')
		.orderBy('t.id')
		.execute();
}

/**
 * A quote for an area (and one of its themes, when given): the first counted opinion coded so
 * whose text reads well alone (60–400 characters). Reading candidates in index order, not by
 * some score, keeps this a short probe at any size.
 */
export function findQuote(
	db: Database,
	consultationId: number,
	areaId: number,
	themeId: number | null,
	skip: number[]
) {
	let query = db
		.selectFrom('comment_areas as ca')
		.innerJoin('comments as c', 'c.id', 'ca.comment_id')
		.leftJoin('events as e', 'e.id', 'c.event_id')
		.select([
			'c.id',
			'c.text',
			'c.redacted_text',
			'c.erased_at',
			'c.district',
			'c.channel',
			'e.title as event_title',
			'e.kind as event_kind'
		])
		.where('ca.area_id', '=', areaId)
		.where((eb) => counted(eb, consultationId))
		.where(sql<boolean>`length(coalesce(c.redacted_text, c.text)) between 60 and 400`);
	if (themeId !== null) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('comment_themes as ct')
					.select(sql`1`.as('one'))
					.whereRef('ct.comment_id', '=', 'c.id')
					.where('ct.theme_id', '=', themeId)
			)
		);
	}
	if (skip.length > 0) query = query.where('c.id', 'not in', skip);
	return query.orderBy('ca.comment_id').limit(1).executeTakeFirst();
}
