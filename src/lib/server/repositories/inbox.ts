import { sql } from 'kysely';
import type { Database } from '../db/connect';
import { inboxSource, searchAloneMatch, type InboxScope } from './inbox-source';

const EXCERPT = 600;
// Below this many opinions, walking the consultation to fill a page would take most of it.
const SMALL_SET = 100;

export async function countInbox(db: Database, scope: InboxScope) {
	const match = searchAloneMatch(scope);
	if (match !== null) {
		// The index keeps to the consultation itself: no opinion needs looking up to be counted.
		const row = await sql<{
			n: number;
		}>`select count(*) as n from comments_fts where comments_fts match ${match}`.execute(db);
		return Number(row.rows[0]?.n ?? 0);
	}
	const row = await inboxSource(db, scope, { via: 'ids' })
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/**
 * The ids of one page of the `total` opinions under the scope. A large set is walked in
 * arrival order through the inbox index until the page is full; a small set, a deep page or
 * an order by relevance are sorted from the filtered set.
 */
export async function inboxPageIds(
	db: Database,
	scope: InboxScope,
	page: { order: 'newest' | 'oldest' | 'relevance'; limit: number; offset: number; total: number }
): Promise<number[]> {
	const { order, limit, offset, total } = page;
	if (offset >= total) return [];
	const relevance = order === 'relevance' && scope.match !== null;
	const drive = relevance || total <= SMALL_SET || (offset + limit) * 2 > total;
	let query = inboxSource(db, scope, {
		via: drive ? 'ids' : 'arrival',
		ranked: relevance
	}).select('c.id');
	if (relevance) query = query.orderBy(sql`d.rank`);
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
