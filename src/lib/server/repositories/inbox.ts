import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Facet, InboxFilters } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import type { DB } from '../db/schema.gen';
import { nextDay, warsawDayStart } from '$lib/domain/warsaw-date';

export type InboxEb = ExpressionBuilder<DB & { c: DB['comments'] }, 'c'>;

export interface InboxScope {
	consultationId: number;
	filters: InboxFilters;
	/** The FTS5 query already made safe by ftsQuery, or null for no search. */
	match: string | null;
}

/** Every filter of the scope as one condition; `except` leaves one facet out, for its counts. */
export function inboxWhere(eb: InboxEb, scope: InboxScope, except?: Facet): Expression<SqlBool> {
	const f = scope.filters;
	const on = (facet: Facet) => facet !== except && f[facet] !== undefined;
	const inIds = (
		table: 'comment_areas' | 'comment_themes',
		column: 'area_id' | 'theme_id',
		value: number | 'none'
	) => {
		const ids = eb.selectFrom(table).select('comment_id');
		if (value === 'none') return eb('c.id', 'not in', ids);
		return eb('c.id', 'in', ids.where(column as never, '=', value as never));
	};
	const conditions: Expression<SqlBool>[] = [eb('c.consultation_id', '=', scope.consultationId)];
	if (on('channel')) conditions.push(eb('c.channel', '=', f.channel!));
	if (on('event'))
		conditions.push(
			f.event === 'none' ? eb('c.event_id', 'is', null) : eb('c.event_id', '=', f.event!)
		);
	if (on('table')) conditions.push(eb('c.table_id', '=', f.table!));
	if (on('district'))
		conditions.push(
			f.district === 'none' ? eb('c.district', 'is', null) : eb('c.district', '=', f.district!)
		);
	if (on('age'))
		conditions.push(
			f.age === 'none' ? eb('c.age_band', 'is', null) : eb('c.age_band', '=', f.age!)
		);
	if (on('coder')) conditions.push(eb('c.coded_by', '=', f.coder!));
	if (on('assignee'))
		conditions.push(
			f.assignee === 'none'
				? eb('c.assigned_to', 'is', null)
				: eb('c.assigned_to', '=', f.assignee!)
		);
	if (on('status')) {
		if (f.status === 'split') conditions.push(eb('c.split_at', 'is not', null));
		else if (f.status === 'included')
			conditions.push(eb.and([eb('c.status', '!=', 'excluded'), eb('c.split_at', 'is', null)]));
		else conditions.push(eb.and([eb('c.status', '=', f.status!), eb('c.split_at', 'is', null)]));
	}
	if (on('area')) conditions.push(inIds('comment_areas', 'area_id', f.area!));
	if (on('theme')) conditions.push(inIds('comment_themes', 'theme_id', f.theme!));
	if (on('response')) {
		const responded = eb.selectFrom('comment_responses').select('comment_id');
		conditions.push(eb('c.id', f.response === 'yes' ? 'in' : 'not in', responded));
	}
	if (f.from) conditions.push(eb('c.received_at', '>=', warsawDayStart(f.from)));
	if (f.to) conditions.push(eb('c.received_at', '<', warsawDayStart(nextDay(f.to))));
	if (scope.match !== null) {
		conditions.push(
			eb(
				'c.id',
				'in',
				sql<number>`(select rowid from comments_fts where comments_fts match ${scope.match})`
			)
		);
	}
	return eb.and(conditions);
}

const EXCERPT = 600;

/**
 * The ids of one page, read from the inbox index alone (see its migration); the rows' details
 * are fetched for those ids only.
 */
export async function inboxPageIds(
	db: Database,
	scope: InboxScope,
	order: 'newest' | 'oldest' | 'relevance',
	limit: number,
	offset: number
): Promise<number[]> {
	let query = db
		.selectFrom('comments as c')
		.select('c.id')
		.where((eb) => inboxWhere(eb as unknown as InboxEb, scope));
	if (order === 'relevance' && scope.match !== null) {
		const ranked = sql<{
			rowid: number;
			rank: number;
		}>`(select rowid, rank from comments_fts where comments_fts match ${scope.match})`;
		query = query
			.innerJoin(ranked.as('f'), (join) => join.onRef('f.rowid', '=', 'c.id'))
			.orderBy('f.rank');
	}
	const rows = await query
		.orderBy('c.received_at', order === 'oldest' ? 'asc' : 'desc')
		.orderBy('c.id', order === 'oldest' ? 'asc' : 'desc')
		.limit(limit)
		.offset(offset)
		.execute();
	return rows.map((r) => r.id);
}

/** The listed details of the given opinions, in the order of `ids`. */
export async function inboxRows(db: Database, ids: readonly number[]) {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('comments as c')
		.leftJoin('events as e', 'e.id', 'c.event_id')
		.leftJoin('meeting_tables as t', 't.id', 'c.table_id')
		.leftJoin('comment_responses as r', 'r.comment_id', 'c.id')
		.select([
			'c.id',
			sql<string>`substr(c.text, 1, ${EXCERPT})`.as('text'),
			sql<number>`length(c.text)`.as('length'),
			'c.channel',
			'c.received_at',
			'c.district',
			'c.age_band',
			'c.status',
			'c.excluded_reason',
			'c.duplicate_of_id',
			'c.version',
			'c.coded_by',
			'c.assigned_to',
			'c.parent_id',
			'c.split_at',
			'e.title as event_title',
			't.name as table_name',
			'r.status as response_status'
		])
		.where('c.id', 'in', [...ids])
		.execute();
	const byId = new Map(rows.map((row) => [row.id, row]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function countInbox(db: Database, scope: InboxScope) {
	const row = await db
		.selectFrom('comments as c')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where((eb) => inboxWhere(eb as unknown as InboxEb, scope))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
