import type { Database } from '../db/connect';
import type { NewAttachment, NewComment, NewContact, NewDeclaredArea } from '../db/types';

export async function countComments(db: Database, consultationId: number) {
	const row = await db
		.selectFrom('comments')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('consultation_id', '=', consultationId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export function countCommentsByChannel(db: Database, consultationId: number) {
	return db
		.selectFrom('comments')
		.select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
		.where('consultation_id', '=', consultationId)
		.groupBy('channel')
		.execute();
}

export async function receiptCodeOwner(db: Database, receiptCode: string) {
	const row = await db
		.selectFrom('comments')
		.select('uuid')
		.where('receipt_code', '=', receiptCode)
		.executeTakeFirst();
	return row?.uuid;
}

/** Which of these receipt codes stored opinions hold: code → the holder's UUID. */
export async function receiptCodeOwners(db: Database, receiptCodes: readonly string[]) {
	if (receiptCodes.length === 0) return new Map<string, string>();
	const rows = await db
		.selectFrom('comments')
		.select(['receipt_code', 'uuid'])
		.where('receipt_code', 'in', [...receiptCodes])
		.execute();
	return new Map(rows.map((row) => [row.receipt_code ?? '', row.uuid]));
}

/**
 * One multi-row statement; rows whose UUID is already stored are skipped (the UUID is the
 * idempotency key). Returns the rows actually inserted. All rows must name the same columns.
 */
export function insertCommentsUnlessStored(db: Database, comments: readonly NewComment[]) {
	if (comments.length === 0) return Promise.resolve([]);
	return db
		.insertInto('comments')
		.values([...comments])
		.onConflict((oc) => oc.column('uuid').doNothing())
		.returning(['id', 'uuid'])
		.execute();
}

export async function insertDeclaredAreas(db: Database, rows: readonly NewDeclaredArea[]) {
	if (rows.length === 0) return;
	await db
		.insertInto('comment_declared_areas')
		.values([...rows])
		.execute();
}

export async function insertContacts(db: Database, rows: readonly NewContact[]) {
	if (rows.length === 0) return;
	await db
		.insertInto('comment_contacts')
		.values([...rows])
		.execute();
}

export async function insertAttachments(db: Database, rows: readonly NewAttachment[]) {
	if (rows.length === 0) return;
	await db
		.insertInto('comment_attachments')
		.values([...rows])
		.execute();
}
