import { nextTurn } from '../next-turn';
import { sql, type RawBuilder } from 'kysely';
import { FACETS, type Facet, type FacetCounts } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { inboxSource, type InboxScope } from './inbox-source';

// How each facet's value reads off a comment row; 'none' stands for „not given”.
const SCALAR: Record<Exclude<Facet, 'area' | 'theme'>, RawBuilder<unknown>> = {
	channel: sql`c.channel`,
	event: sql`coalesce(c.event_id, 'none')`,
	table: sql`c.table_id`,
	district: sql`coalesce(c.district, 'none')`,
	age: sql`coalesce(c.age_band, 'none')`,
	status: sql`case when c.split_at is not null then 'split' else c.status end`,
	coder: sql`c.coded_by`,
	assignee: sql`coalesce(c.assigned_to, 'none')`,
	response: sql`case when c.responded then 'yes' else 'no' end`
};

/**
 * How many opinions carry each value of one filter, under the other filters: a facet that is
 * filtered on is counted without its own filter, so its other values stay visible.
 */
export async function countFacet(db: Database, scope: InboxScope, facet: Facet) {
	const rows =
		facet === 'area' || facet === 'theme'
			? await codedCounts(db, scope, facet)
			: await inboxSource(db, scope, { except: facet, via: 'ids' })
					.select([SCALAR[facet].as('value'), (eb) => eb.fn.countAll<number>().as('n')])
					.groupBy(sql.raw('1'))
					.execute();
	const counts: Record<string, number> = {};
	for (const { value, n } of rows) {
		if (typeof value === 'string' || typeof value === 'number') counts[String(value)] = Number(n);
	}
	return counts;
}

function codedCounts(db: Database, scope: InboxScope, facet: 'area' | 'theme') {
	const [table, column] =
		facet === 'area' ? ['comment_areas', 'area_id'] : ['comment_themes', 'theme_id'];
	const coded = sql<{
		comment_id: number;
		value: number;
	}>`(select comment_id, ${sql.ref(column)} as value from ${sql.table(table)})`;
	return inboxSource(db, scope, { except: facet, via: 'ids' })
		.leftJoin(coded.as('k'), (join) => join.onRef('k.comment_id', '=', 'c.id'))
		.select([
			sql<string>`coalesce(k.value, 'none')`.as('value'),
			(eb) => eb.fn.countAll<number>().as('n')
		])
		.groupBy(sql.raw('1'))
		.execute();
}

/** Every facet, one query at a time, giving other requests their turn between queries. */
export async function countFacets(db: Database, scope: InboxScope): Promise<FacetCounts> {
	const counts = {} as FacetCounts;
	for (const facet of FACETS) {
		counts[facet] = await countFacet(db, scope, facet);
		await nextTurn();
	}
	return counts;
}
