import type { Database } from '../db/connect';

/** One opinion with where it came from and what was decided, for the opinion page. */
export function findOpinionDetail(db: Database, consultationId: number, id: number) {
	return db
		.selectFrom('comments as c')
		.leftJoin('events as e', 'e.id', 'c.event_id')
		.leftJoin('meeting_tables as t', 't.id', 'c.table_id')
		.leftJoin('comment_responses as r', 'r.comment_id', 'c.id')
		.leftJoin('themes as rt', 'rt.id', 'r.from_theme_id')
		.leftJoin('users as coder', 'coder.id', 'c.coded_by')
		.select([
			'c.id',
			'c.text',
			'c.channel',
			'c.received_at',
			'c.submitted_at',
			'c.district',
			'c.age_band',
			'c.language',
			'c.speaker_kind',
			'c.status',
			'c.excluded_reason',
			'c.duplicate_of_id',
			'c.version',
			'c.assigned_to',
			'c.parent_id',
			'c.split_at',
			'c.coded_at',
			'c.redacted_text',
			'c.erased_at',
			'e.title as event_title',
			't.name as table_name',
			'r.status as response_status',
			'r.justification as response_justification',
			'r.from_theme_id as response_theme_id',
			'rt.name as response_theme_name',
			'coder.display_name as coder_name'
		])
		.where('c.consultation_id', '=', consultationId)
		.where('c.id', '=', id)
		.executeTakeFirst();
}

/** What happened to an opinion, oldest first, with who did it. */
export function opinionHistory(db: Database, id: number) {
	return db
		.selectFrom('audit_log as a')
		.leftJoin('users as u', 'u.id', 'a.actor_user_id')
		.select(['a.id', 'a.at', 'a.action', 'u.display_name as actor'])
		.where('a.entity', '=', 'comment')
		.where('a.entity_id', '=', String(id))
		.orderBy('a.id')
		.execute();
}
