import * as v from 'valibot';
import { DISTRICT_CODES } from '$lib/domain/districts';
import { AGE_BANDS, CHANNELS } from '$lib/domain/vocabularies';

/** `included`: what the report counts (neither set aside nor split), for its drill-down links. */
export const INBOX_STATUSES = ['received', 'coded', 'excluded', 'split', 'included'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];
export const INBOX_SORTS = ['newest', 'oldest', 'relevance'] as const;
export const INBOX_PAGE_SIZE = 50;
export const INBOX_SEARCH_MAX = 200;

/** A Warsaw calendar day, YYYY-MM-DD; arrival is compared with its bounds in Warsaw time. */
const day = v.pipe(v.string(), v.isoDate());
const id = v.pipe(v.string(), v.regex(/^\d{1,12}$/), v.transform(Number));
/** A filter on something an opinion may lack: an id, or 'none' for „not given”. */
const idOrNone = v.union([v.literal('none'), id]);
const optional = <T extends v.GenericSchema<string, unknown>>(schema: T) =>
	v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			v.union([
				v.pipe(
					v.literal(''),
					v.transform(() => undefined)
				),
				schema
			])
		)
	);

export const inboxQuerySchema = v.object({
	channel: optional(v.picklist(CHANNELS)),
	event: optional(idOrNone),
	table: optional(id),
	area: optional(idOrNone),
	theme: optional(idOrNone),
	district: optional(v.union([v.literal('none'), v.picklist(DISTRICT_CODES)])),
	age: optional(v.union([v.literal('none'), v.picklist(AGE_BANDS)])),
	status: optional(v.picklist(INBOX_STATUSES)),
	coder: optional(id),
	assignee: optional(idOrNone),
	response: optional(v.picklist(['yes', 'no'])),
	from: optional(day),
	to: optional(day),
	q: v.optional(v.pipe(v.string(), v.maxLength(INBOX_SEARCH_MAX)), ''),
	sort: v.optional(v.picklist(INBOX_SORTS), 'newest'),
	page: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/), v.transform(Number)), '1')
});

export type InboxQuery = v.InferOutput<typeof inboxQuerySchema>;
export type InboxFilters = Omit<InboxQuery, 'sort' | 'page'>;
export const FACETS = [
	'channel',
	'event',
	'table',
	'area',
	'theme',
	'district',
	'age',
	'status',
	'coder',
	'assignee',
	'response'
] as const;
export type Facet = (typeof FACETS)[number];
/** How many opinions carry each value of each filter, by the value as the query string has it. */
export type FacetCounts = Record<Facet, Record<string, number>>;

/** The query string's filters, or null when one of them is not a value the inbox knows. */
export function parseInboxQuery(params: URLSearchParams): InboxQuery | null {
	const raw: Record<string, string> = {};
	for (const key of Object.keys(inboxQuerySchema.entries)) {
		const value = params.get(key);
		if (value !== null) raw[key] = value;
	}
	const parsed = v.safeParse(inboxQuerySchema, raw);
	return parsed.success ? parsed.output : null;
}
