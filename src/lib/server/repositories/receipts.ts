import type { Database } from '../db/connect';

/** An opinion as its receipt code shows it to the person holding the code; never the contact. */
export function findByReceiptCode(db: Database, code: string) {
	return db
		.selectFrom('comments')
		.innerJoin('consultations', 'consultations.id', 'comments.consultation_id')
		.leftJoin('comment_responses', 'comment_responses.comment_id', 'comments.id')
		.select([
			'comments.text',
			'comments.status',
			'comments.received_at',
			'consultations.title as consultation_title',
			'consultations.slug as consultation_slug',
			'comment_responses.status as response_status',
			'comment_responses.justification as response_justification',
			'comment_responses.updated_at as response_updated_at'
		])
		.where('comments.receipt_code', '=', code)
		.executeTakeFirst();
}

/** What a replayed form gets back: the receipt of the opinion its UUID already made. */
export function findReceiptOfUuid(db: Database, uuid: string) {
	return db
		.selectFrom('comments')
		.leftJoin('comment_contacts', 'comment_contacts.comment_id', 'comments.id')
		.select([
			'comments.consultation_id',
			'comments.receipt_code',
			'comment_contacts.comment_id as contact_id'
		])
		.where('comments.uuid', '=', uuid)
		.executeTakeFirst();
}
