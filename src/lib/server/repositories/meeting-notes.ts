import type { Database } from '../db/connect';

/** The notes a meeting's facilitators entered, with who entered them and their pre-tagged area. */
export function listMeetingNotes(db: Database, eventId: number) {
	return db
		.selectFrom('comments')
		.leftJoin('users', 'users.id', 'comments.entered_by_user_id')
		.select((eb) => [
			'comments.id',
			'comments.table_id',
			'comments.text',
			'comments.speaker_kind',
			'comments.status',
			'comments.entered_by_user_id',
			'comments.received_at',
			'comments.updated_at',
			'users.display_name as author',
			eb
				.selectFrom('comment_declared_areas')
				.select((a) => a.fn.min('area_id').as('area_id'))
				.whereRef('comment_declared_areas.comment_id', '=', 'comments.id')
				.as('area_id')
		])
		.where('comments.event_id', '=', eventId)
		.where('comments.channel', '=', 'meeting')
		.orderBy('comments.received_at')
		.orderBy('comments.id')
		.execute();
}

export function findMeetingNote(db: Database, eventId: number, id: number) {
	return db
		.selectFrom('comments')
		.select([
			'id',
			'uuid',
			'event_id',
			'table_id',
			'text',
			'speaker_kind',
			'status',
			'entered_by_user_id',
			'updated_at'
		])
		.where('event_id', '=', eventId)
		.where('channel', '=', 'meeting')
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findCommentsByUuid(db: Database, uuids: readonly string[]) {
	if (uuids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('comments')
		.select(['uuid', 'event_id', 'channel', 'entered_by_user_id'])
		.where('uuid', 'in', uuids)
		.execute();
}

export function declaredAreaIds(db: Database, commentId: number) {
	return db
		.selectFrom('comment_declared_areas')
		.select('area_id')
		.where('comment_id', '=', commentId)
		.orderBy('area_id')
		.execute()
		.then((rows) => rows.map((r) => r.area_id));
}

export async function updateNote(
	db: Database,
	id: number,
	note: { text: string; speakerKind: string | null; areaId: number | null },
	now: Date
) {
	await db
		.updateTable('comments')
		.set({ text: note.text, speaker_kind: note.speakerKind, updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
	await db.deleteFrom('comment_declared_areas').where('comment_id', '=', id).execute();
	if (note.areaId !== null) {
		await db
			.insertInto('comment_declared_areas')
			.values({ comment_id: id, area_id: note.areaId })
			.execute();
	}
}

export async function deleteComment(db: Database, id: number) {
	await db.deleteFrom('comments').where('id', '=', id).execute();
}

export function listAccessibility(db: Database, eventId: number) {
	return db
		.selectFrom('event_accessibility')
		.select('feature')
		.where('event_id', '=', eventId)
		.execute()
		.then((rows) => rows.map((r) => r.feature));
}

export async function replaceAccessibility(
	db: Database,
	eventId: number,
	features: readonly string[]
) {
	await db.deleteFrom('event_accessibility').where('event_id', '=', eventId).execute();
	if (features.length === 0) return;
	await db
		.insertInto('event_accessibility')
		.values(features.map((feature) => ({ event_id: eventId, feature })))
		.execute();
}

export async function updateMeetingFacts(
	db: Database,
	eventId: number,
	facts: { participantsCount: number | null; minutes: string },
	now: Date
) {
	await db
		.updateTable('events')
		.set({
			participants_count: facts.participantsCount,
			minutes: facts.minutes,
			updated_at: now.toISOString()
		})
		.where('id', '=', eventId)
		.execute();
}

export async function setTableParticipants(db: Database, tableId: number, count: number | null) {
	await db
		.updateTable('meeting_tables')
		.set({ participants_count: count })
		.where('id', '=', tableId)
		.execute();
}
