import type { Database } from '../db/connect';
import { afterCursor, type OpinionCursor } from './report-opinions';

/**
 * Every opinion of a consultation, set-aside and split ones included, with what staff exports
 * show: provenance, coding, response. Keyset slices in arrival order, along the inbox index.
 * Contact addresses and receipt codes are not selected: they never leave in an export.
 */
export function listOpinionsForExport(
	db: Database,
	consultationId: number,
	after: OpinionCursor | null,
	limit: number
) {
	let query = db
		.selectFrom('comments as c')
		.leftJoin('events as e', 'e.id', 'c.event_id')
		.leftJoin('meeting_tables as mt', 'mt.id', 'c.table_id')
		.leftJoin('questions as q', 'q.id', 'c.question_id')
		.leftJoin('comment_responses as cr', 'cr.comment_id', 'c.id')
		.leftJoin('users as u', 'u.id', 'c.coded_by')
		.select([
			'c.id',
			'c.uuid',
			'c.received_at',
			'c.submitted_at',
			'c.channel',
			'e.title as event_title',
			'mt.name as table_name',
			'q.text as question_text',
			'c.language',
			'c.district',
			'c.age_band',
			'c.speaker_kind',
			'c.text',
			'c.redacted_text',
			'c.erased_at',
			'c.status',
			'c.split_at',
			'c.excluded_reason',
			'c.duplicate_of_id',
			'c.parent_id',
			'cr.status as response_status',
			'cr.justification',
			'u.display_name as coded_by_name',
			'c.coded_at'
		])
		.where('c.consultation_id', '=', consultationId);
	if (after) query = query.where((eb) => afterCursor(eb, after));
	return query.orderBy('c.received_at').orderBy('c.id').limit(limit).execute();
}

export type ExportOpinionRow = Awaited<ReturnType<typeof listOpinionsForExport>>[number];
