import type { Database } from '../db/connect';
import type { NewImportBatch } from '../db/types';

export async function insertImportBatch(db: Database, batch: NewImportBatch) {
	const row = await db
		.insertInto('import_batches')
		.values(batch)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function setImportBatchRowCount(db: Database, id: number, rowCount: number) {
	await db
		.updateTable('import_batches')
		.set({ row_count: rowCount })
		.where('id', '=', id)
		.execute();
}

/** Newest first, with who imported and how many opinions remain from each file. */
export function listImportBatches(db: Database, consultationId: number) {
	return db
		.selectFrom('import_batches as b')
		.leftJoin('users as u', 'u.id', 'b.created_by')
		.select((eb) => [
			'b.id',
			'b.kind',
			'b.filename',
			'b.row_count',
			'b.created_at',
			'u.display_name as created_by_name',
			eb
				.selectFrom('comments as c')
				.select((c) => c.fn.countAll<number>().as('n'))
				.whereRef('c.import_batch_id', '=', 'b.id')
				.as('opinions')
		])
		.where('b.consultation_id', '=', consultationId)
		.orderBy('b.id', 'desc')
		.execute();
}
