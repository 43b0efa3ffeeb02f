import type { Database } from '../db/connect';
import type { ConsultationUpdate, NewConsultation } from '../db/types';

export function listConsultations(db: Database) {
	return db
		.selectFrom('consultations')
		.select(['id', 'slug', 'title', 'status', 'opens_on', 'closes_on'])
		.select((eb) =>
			eb
				.selectFrom('comments')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('comments.consultation_id', '=', 'consultations.id')
				.as('comment_count')
		)
		.orderBy('opens_on', 'desc')
		.orderBy('id', 'desc')
		.execute();
}

export function listConsultationsWithStatus(db: Database, status: string) {
	return db
		.selectFrom('consultations')
		.select(['id', 'slug', 'title', 'description', 'opens_on', 'closes_on'])
		.where('status', '=', status)
		.orderBy('closes_on')
		.execute();
}

export function findConsultationBySlug(db: Database, slug: string) {
	return db.selectFrom('consultations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function insertConsultation(db: Database, values: NewConsultation): Promise<number> {
	const row = await db
		.insertInto('consultations')
		.values(values)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateConsultation(db: Database, id: number, values: ConsultationUpdate) {
	await db.updateTable('consultations').set(values).where('id', '=', id).execute();
}

export function listQuestions(db: Database, consultationId: number) {
	return db
		.selectFrom('questions')
		.select(['id', 'position', 'text'])
		.where('consultation_id', '=', consultationId)
		.orderBy('position')
		.execute();
}

export async function replaceQuestions(db: Database, consultationId: number, texts: string[]) {
	await db.deleteFrom('questions').where('consultation_id', '=', consultationId).execute();
	if (texts.length === 0) return;
	await db
		.insertInto('questions')
		.values(texts.map((text, position) => ({ consultation_id: consultationId, position, text })))
		.execute();
}
