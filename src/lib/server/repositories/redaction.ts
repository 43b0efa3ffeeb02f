import type { Database } from '../db/connect';

const REDACTION_COLUMNS = [
	'comments.id',
	'comments.consultation_id',
	'comments.channel',
	'comments.text',
	'comments.redacted_text',
	'comments.redacted_by',
	'comments.erased_at'
] as const;

/** An opinion with what its public text is made of; undefined outside the consultation. */
export function findOpinionRedaction(db: Database, consultationId: number, commentId: number) {
	return db
		.selectFrom('comments')
		.select(REDACTION_COLUMNS)
		.where('comments.id', '=', commentId)
		.where('comments.consultation_id', '=', consultationId)
		.executeTakeFirst();
}

export function findRedactionByReceiptCode(db: Database, code: string) {
	return db
		.selectFrom('comments')
		.select(['comments.redacted_text', 'comments.erased_at'])
		.where('comments.receipt_code', '=', code)
		.executeTakeFirst();
}

export async function updateRedaction(
	db: Database,
	commentId: number,
	text: string | null,
	userId: number | null
) {
	await db
		.updateTable('comments')
		.set({ redacted_text: text, redacted_by: text === null ? null : userId })
		.where('id', '=', commentId)
		.execute();
}
