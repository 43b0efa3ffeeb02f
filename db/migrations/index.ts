import type { Migration } from 'kysely';
import * as foundation from './2026-11-23T05-40_foundation';
import * as kiosk from './2026-11-23T12-00_kiosk';
import * as channels from './2026-11-23T18-00_channels';
import * as coding from './2026-11-24T08-00_coding';
import * as inboxIndex from './2026-11-24T12-00_inbox_index';
import * as report from './2026-11-25T08-00_report';
import * as reportIndex from './2026-11-25T12-00_report_index';
import * as inboxSearch from './2026-11-26T08-00_inbox_search';
import * as searchScope from './2026-11-27T08-00_search_scope';

/** Every migration, by its file name. A test checks this list against the folder. */
export const migrations: Record<string, Migration> = {
	'2026-11-23T05-40_foundation': foundation,
	'2026-11-23T12-00_kiosk': kiosk,
	'2026-11-23T18-00_channels': channels,
	'2026-11-24T08-00_coding': coding,
	'2026-11-24T12-00_inbox_index': inboxIndex,
	'2026-11-25T08-00_report': report,
	'2026-11-25T12-00_report_index': reportIndex,
	'2026-11-26T08-00_inbox_search': inboxSearch,
	'2026-11-27T08-00_search_scope': searchScope
};
