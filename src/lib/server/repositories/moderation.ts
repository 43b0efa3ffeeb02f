import type { Database } from '../db/connect';
import type { Comment, CommentUpdate } from '../db/types';

export async function updateComment(db: Database, id: number, changes: CommentUpdate) {
	await db
		.updateTable('comments')
		.set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
		.where('id', '=', id)
		.execute();
}

export function findOpinionForSplit(db: Database, consultationId: number, id: number) {
	return db
		.selectFrom('comments')
		.selectAll()
		.where('consultation_id', '=', consultationId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** Units inherit where, when, how and from whom the original came; never its receipt code. */
export async function insertUnits(
	db: Database,
	original: Comment,
	texts: readonly string[],
	now: Date
): Promise<number[]> {
	const rows = await db
		.insertInto('comments')
		.values(
			texts.map((text) => ({
				uuid: crypto.randomUUID(),
				consultation_id: original.consultation_id,
				event_id: original.event_id,
				table_id: original.table_id,
				question_id: original.question_id,
				channel: original.channel,
				text,
				district: original.district,
				age_band: original.age_band,
				language: original.language,
				speaker_kind: original.speaker_kind,
				submitted_at: original.submitted_at,
				received_at: original.received_at,
				entered_by_user_id: original.entered_by_user_id,
				entered_by_device_id: original.entered_by_device_id,
				import_batch_id: original.import_batch_id,
				parent_id: original.id,
				updated_at: now.toISOString()
			}))
		)
		.returning('id')
		.execute();
	return rows.map((r) => r.id);
}

export function listUnits(db: Database, parentId: number) {
	return db
		.selectFrom('comments')
		.select(['id', 'text', 'status', 'version'])
		.where('parent_id', '=', parentId)
		.orderBy('id')
		.execute();
}

export async function deleteUnits(db: Database, parentId: number) {
	await db.deleteFrom('comments').where('parent_id', '=', parentId).execute();
}
