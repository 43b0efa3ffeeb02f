import {
	AliasNode,
	sql,
	type AliasedExpression,
	type Expression,
	type ExpressionBuilder,
	type RawBuilder,
	type SelectQueryBuilder,
	type SqlBool
} from 'kysely';
import { FACETS, type Facet, type InboxFilters } from '$lib/schemas/inbox';
import { nextDay, warsawDayStart } from '$lib/domain/warsaw-date';
import type { Database } from '../db/connect';
import { inConsultation, inText } from '../search/fts-query';
import type { DB } from '../db/schema.gen';

type InboxTables = DB & { c: DB['comments'] };
export type InboxEb = ExpressionBuilder<InboxTables, 'c'>;
/** The opinions under a scope, as `c`, ready for a select. */
export type InboxSource = SelectQueryBuilder<InboxTables, 'c', object>;

export interface InboxScope {
	consultationId: number;
	filters: InboxFilters;
	/** The FTS5 query already made safe by ftsQuery, or null for no search. */
	match: string | null;
}

/**
 * When the scope is a search and nothing else, the full-text query that yields exactly its
 * opinions (kept to the consultation inside the index); otherwise null.
 */
export function searchAloneMatch({ match, filters, consultationId }: InboxScope): string | null {
	const alone =
		FACETS.every((facet) => filters[facet] === undefined) &&
		filters.from === undefined &&
		filters.to === undefined;
	return alone && match !== null ? inConsultation(consultationId, match) : null;
}

/**
 * The filters that name a set of opinion ids rather than a row's columns, the search first:
 * each a select of `id` (and, for the search, `rank`).
 */
function idSets(scope: InboxScope, except: Facet | undefined, ranked: boolean) {
	const { area, theme } = scope.filters;
	const sets: RawBuilder<unknown>[] = [];
	if (scope.match !== null) {
		// Matches of every consultation: the consultation's own are kept by looking them up.
		const match = inText(scope.match);
		const rank = ranked ? sql`, rank` : sql``;
		sets.push(sql`select rowid as id${rank} from comments_fts where comments_fts match ${match}`);
	}
	if (except !== 'area' && area !== undefined && area !== 'none') {
		sets.push(sql`select comment_id as id from comment_areas where area_id = ${area}`);
	}
	if (except !== 'theme' && theme !== undefined && theme !== 'none') {
		sets.push(sql`select comment_id as id from comment_themes where theme_id = ${theme}`);
	}
	return sets;
}

/**
 * Every filter on the row's own columns, all of them in the inbox indexes; „no area”, „no
 * theme” and the response read the counts that triggers keep on the row.
 */
function columnConditions(eb: InboxEb, scope: InboxScope, except?: Facet): Expression<SqlBool>[] {
	const f = scope.filters;
	const on = (facet: Facet) => facet !== except && f[facet] !== undefined;
	const valueOrNone = (
		column: 'c.event_id' | 'c.district' | 'c.age_band' | 'c.assigned_to',
		value: unknown
	) => (value === 'none' ? eb(column, 'is', null) : eb(column, '=', value as never));
	const conditions: Expression<SqlBool>[] = [eb('c.consultation_id', '=', scope.consultationId)];
	if (on('channel')) conditions.push(eb('c.channel', '=', f.channel!));
	if (on('event')) conditions.push(valueOrNone('c.event_id', f.event));
	if (on('table')) conditions.push(eb('c.table_id', '=', f.table!));
	if (on('district')) conditions.push(valueOrNone('c.district', f.district));
	if (on('age')) conditions.push(valueOrNone('c.age_band', f.age));
	if (on('coder')) conditions.push(eb('c.coded_by', '=', f.coder!));
	if (on('area') && f.area === 'none') conditions.push(eb('c.area_count', '=', 0));
	if (on('theme') && f.theme === 'none') conditions.push(eb('c.theme_count', '=', 0));
	if (on('response')) conditions.push(eb('c.responded', '=', f.response === 'yes' ? 1 : 0));
	if (on('assignee')) conditions.push(valueOrNone('c.assigned_to', f.assignee));
	if (on('status')) {
		if (f.status === 'split') conditions.push(eb('c.split_at', 'is not', null));
		else if (f.status === 'included')
			conditions.push(eb.and([eb('c.status', '!=', 'excluded'), eb('c.split_at', 'is', null)]));
		else conditions.push(eb.and([eb('c.status', '=', f.status!), eb('c.split_at', 'is', null)]));
	}
	if (f.from) conditions.push(eb('c.received_at', '>=', warsawDayStart(f.from)));
	if (f.to) conditions.push(eb('c.received_at', '<', warsawDayStart(nextDay(f.to))));
	return conditions;
}

/**
 * `comments as c indexed by …`: Kysely has no words for SQLite's INDEXED BY. Left to itself,
 * SQLite looks ids up in the table, whose rows carry the texts (three times slower than in
 * comments_inbox_id), and may sort a whole set rather than walk comments_inbox in order.
 */
const commentsIndexedBy = (index: 'comments_inbox' | 'comments_inbox_id') =>
	({
		expression: sql`comments`,
		alias: 'c',
		toOperationNode: () =>
			AliasNode.create(
				sql.table('comments').toOperationNode(),
				sql.raw(`c indexed by ${index}`).toOperationNode()
			)
	}) satisfies AliasedExpression<DB['comments'], 'c'>;

export interface SourceOptions {
	/** Leave this filter out, to count its values. */
	except?: Facet;
	/**
	 * `ids`: start from the first set of ids the filters name (the search's matches, an area's
	 * opinions…) and look each up by id; counting is always faster so, and so is a page of a
	 * small set. `arrival`: walk the consultation in arrival order, which stops once a page of a
	 * large set is full. Otherwise SQLite chooses.
	 */
	via?: 'ids' | 'arrival';
	/** Make the search's rank available as `d.rank` (only when the search drives). */
	ranked?: boolean;
}

/** The opinions under the scope, as `c`; when driven from a set of ids, that set is `d`. */
export function inboxSource(db: Database, scope: InboxScope, options: SourceOptions = {}) {
	const sets = idSets(scope, options.except, options.ranked === true);
	const driver = options.via === 'ids' ? sets[0] : undefined;
	const where = (eb: InboxEb) =>
		eb.and([
			...columnConditions(eb, scope, options.except),
			...sets.filter((s) => s !== driver).map((s) => eb('c.id', 'in', sql<number>`(${s})`))
		]);
	if (!driver) {
		const comments =
			options.via === 'arrival' ? commentsIndexedBy('comments_inbox') : ('comments as c' as const);
		return db.selectFrom(comments).where(where) as InboxSource;
	}
	const source = db
		.selectFrom(sql<{ id: number }>`(${driver})`.as('d'))
		.crossJoin(commentsIndexedBy('comments_inbox_id'))
		.whereRef('c.id', '=', 'd.id')
		.where((eb) => where(eb as unknown as InboxEb));
	return source as unknown as InboxSource;
}
