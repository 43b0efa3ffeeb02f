import type { Database } from '../db/connect';
import type { NewComment } from '../db/types';

/** Inserts that replay an already stored UUID are skipped: the UUID is the idempotency key. */
export async function insertCommentsIgnoringDuplicates(db: Database, comments: NewComment[]) {
	let inserted = 0;
	for (const comment of comments) {
		const result = await db
			.insertInto('comments')
			.values(comment)
			.onConflict((oc) => oc.column('uuid').doNothing())
			.executeTakeFirst();
		inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
	}
	return inserted;
}

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

/** The new row's id, or undefined when this UUID was stored before. */
export async function insertCommentUnlessStored(db: Database, comment: NewComment) {
	const row = await db
		.insertInto('comments')
		.values(comment)
		.onConflict((oc) => oc.column('uuid').doNothing())
		.returning('id')
		.executeTakeFirst();
	return row?.id;
}

export async function receiptCodeOwner(db: Database, receiptCode: string) {
	const row = await db
		.selectFrom('comments')
		.select('uuid')
		.where('receipt_code', '=', receiptCode)
		.executeTakeFirst();
	return row?.uuid;
}

export async function insertDeclaredAreas(db: Database, commentId: number, areaIds: number[]) {
	if (areaIds.length === 0) return;
	await db
		.insertInto('comment_declared_areas')
		.values(areaIds.map((area_id) => ({ comment_id: commentId, area_id })))
		.execute();
}

export async function insertContact(
	db: Database,
	contact: { commentId: number; email: string; source: 'form' | 'email'; consentAt: string | null }
) {
	await db
		.insertInto('comment_contacts')
		.values({
			comment_id: contact.commentId,
			email: contact.email,
			source: contact.source,
			consent_at: contact.consentAt
		})
		.execute();
}

export interface AttachmentFacts {
	filename: string;
	contentType: string;
	sizeBytes: number;
}

export async function insertAttachments(
	db: Database,
	commentId: number,
	attachments: readonly AttachmentFacts[]
) {
	if (attachments.length === 0) return;
	await db
		.insertInto('comment_attachments')
		.values(
			attachments.map((a) => ({
				comment_id: commentId,
				filename: a.filename,
				content_type: a.contentType,
				size_bytes: a.sizeBytes
			}))
		)
		.execute();
}
