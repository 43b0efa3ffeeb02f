import { INBOX_PAGE_SIZE, type InboxQuery } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { codingsOf } from '../repositories/coding';
import { countInbox, inboxPageIds, inboxRows } from '../repositories/inbox';
import type { InboxScope } from '../repositories/inbox-source';
import { countFacets } from '../repositories/inbox-facets';
import { ftsQuery } from '../search/fts-query';

export function inboxScope(consultationId: number, query: InboxQuery): InboxScope {
	return { consultationId, filters: query, match: ftsQuery(query.q) };
}

/** One page of the consultation's opinions under the filters, with each one's coding. */
export async function loadInbox(db: Database, consultationId: number, query: InboxQuery) {
	const scope = inboxScope(consultationId, query);
	const total = await countInbox(db, scope);
	const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
	const page = Math.min(query.page, pages);
	const ids = await inboxPageIds(db, scope, {
		order: query.sort,
		limit: INBOX_PAGE_SIZE,
		offset: (page - 1) * INBOX_PAGE_SIZE,
		total
	});
	const rows = await inboxRows(db, ids);
	const codings = await codingsOf(
		db,
		rows.map((r) => r.id)
	);
	return {
		total,
		page,
		pages,
		/** The analyst typed something, but nothing in it can be searched for (e.g. only „*”). */
		searchIgnored: query.q.trim() !== '' && scope.match === null,
		rows: rows.map((row) => ({ ...row, ...codings.get(row.id)! }))
	};
}

export function inboxFacets(db: Database, consultationId: number, query: InboxQuery) {
	return countFacets(db, inboxScope(consultationId, query));
}
