import { sql, type RawBuilder } from 'kysely';
import type { Facet } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { inboxWhere, type InboxScope } from './inbox';

type ScalarFacet = Exclude<Facet, 'area' | 'theme'>;
export type FacetCounts = Record<Facet, Record<string, number>>;

// How each facet's value reads off a comment row; 'none' stands for „not given”.
const SCALAR: Record<ScalarFacet, RawBuilder<unknown>> = {
	channel: sql`c.channel`,
	event: sql`coalesce(c.event_id, 'none')`,
	table: sql`c.table_id`,
	district: sql`coalesce(c.district, 'none')`,
	age: sql`coalesce(c.age_band, 'none')`,
	status: sql`case when c.split_at is not null then 'split' else c.status end`,
	coder: sql`c.coded_by`,
	assignee: sql`coalesce(c.assigned_to, 'none')`,
	response: sql`case when c.id in (select comment_id from comment_responses) then 'yes' else 'no' end`
};
const SCALARS = Object.keys(SCALAR) as ScalarFacet[];

/**
 * Counts per value of every filter, under the other filters: a facet that is filtered on is
 * counted without its own filter, so its other values stay visible with their counts.
 */
export async function countFacets(db: Database, scope: InboxScope): Promise<FacetCounts> {
	const counts = Object.fromEntries(
		[...SCALARS, 'area', 'theme'].map((f) => [f, {}])
	) as FacetCounts;
	const active = SCALARS.filter((f) => scope.filters[f] !== undefined);
	const combined = await db
		.selectFrom('comments as c')
		.select([...SCALARS.map((f) => SCALAR[f].as(f)), (eb) => eb.fn.countAll<number>().as('n')])
		.where((eb) => inboxWhere(eb, scope))
		.groupBy(SCALARS.map((_, i) => sql.raw(String(i + 1))))
		.execute();
	for (const row of combined as Record<string, unknown>[]) {
		for (const facet of SCALARS) {
			if (!active.includes(facet)) add(counts[facet], row[facet], Number(row.n));
		}
	}
	for (const facet of active) {
		const rows = await db
			.selectFrom('comments as c')
			.select([SCALAR[facet].as('value'), (eb) => eb.fn.countAll<number>().as('n')])
			.where((eb) => inboxWhere(eb, scope, facet))
			.groupBy(sql.raw('1'))
			.execute();
		for (const row of rows) add(counts[facet], row.value, Number(row.n));
	}
	counts.area = await codedCounts(db, scope, 'comment_areas', 'area_id', 'area');
	counts.theme = await codedCounts(db, scope, 'comment_themes', 'theme_id', 'theme');
	return counts;
}

async function codedCounts(
	db: Database,
	scope: InboxScope,
	table: 'comment_areas' | 'comment_themes',
	column: 'area_id' | 'theme_id',
	facet: 'area' | 'theme'
) {
	const coded = sql<{
		comment_id: number;
		value: number;
	}>`(select comment_id, ${sql.ref(column)} as value from ${sql.table(table)})`;
	const rows = await db
		.selectFrom('comments as c')
		.leftJoin(coded.as('k'), (join) => join.onRef('k.comment_id', '=', 'c.id'))
		.select([
			sql<string>`coalesce(k.value, 'none')`.as('value'),
			(eb) => eb.fn.countAll<number>().as('n')
		])
		.where((eb) => inboxWhere(eb as never, scope, facet))
		.groupBy(sql.raw('1'))
		.execute();
	const result: Record<string, number> = {};
	for (const row of rows) add(result, row.value, Number(row.n));
	return result;
}

function add(into: Record<string, number>, value: unknown, n: number) {
	if (typeof value !== 'string' && typeof value !== 'number') return;
	const key = String(value);
	into[key] = (into[key] ?? 0) + n;
}
