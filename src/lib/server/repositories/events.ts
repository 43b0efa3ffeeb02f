import type { Database } from '../db/connect';
import type { EventInput, TableInput } from '$lib/schemas/event';

export function listEvents(db: Database, consultationId: number) {
	return db
		.selectFrom('events')
		.selectAll('events')
		.select((eb) =>
			eb
				.selectFrom('comments')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('comments.event_id', '=', 'events.id')
				.as('comment_count')
		)
		.where('consultation_id', '=', consultationId)
		.orderBy('starts_at')
		.orderBy('id')
		.execute();
}

export function findEvent(db: Database, consultationId: number, id: number) {
	return db
		.selectFrom('events')
		.selectAll()
		.where('consultation_id', '=', consultationId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertEvent(db: Database, consultationId: number, event: EventInput) {
	const row = await db
		.insertInto('events')
		.values({ consultation_id: consultationId, ...event })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateEvent(db: Database, id: number, event: EventInput, now: Date) {
	await db
		.updateTable('events')
		.set({ ...event, updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}

export function listTables(db: Database, eventId: number) {
	return db
		.selectFrom('meeting_tables')
		.leftJoin('areas', 'areas.id', 'meeting_tables.area_id')
		.select([
			'meeting_tables.id',
			'meeting_tables.name',
			'meeting_tables.area_id',
			'meeting_tables.participants_count',
			'areas.code as area_code'
		])
		.where('event_id', '=', eventId)
		.orderBy('meeting_tables.position')
		.orderBy('meeting_tables.id')
		.execute();
}

export function findTable(db: Database, eventId: number, id: number) {
	return db
		.selectFrom('meeting_tables')
		.selectAll()
		.where('event_id', '=', eventId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertTable(
	db: Database,
	eventId: number,
	table: TableInput,
	position: number
) {
	const row = await db
		.insertInto('meeting_tables')
		.values({ event_id: eventId, position, ...table })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateTable(db: Database, id: number, table: TableInput) {
	await db.updateTable('meeting_tables').set(table).where('id', '=', id).execute();
}

export async function deleteTable(db: Database, id: number) {
	await db.deleteFrom('meeting_tables').where('id', '=', id).execute();
}

/** Every meeting table of a consultation, with its meeting, for filters and pickers. */
export function listConsultationTables(db: Database, consultationId: number) {
	return db
		.selectFrom('meeting_tables as t')
		.innerJoin('events as e', 'e.id', 't.event_id')
		.select(['t.id', 't.name', 'e.title as event_title'])
		.where('e.consultation_id', '=', consultationId)
		.orderBy('e.starts_at')
		.orderBy('t.position')
		.orderBy('t.id')
		.execute();
}
