import type { Database } from '../db/connect';

/**
 * Every opinion of a consultation that may be a duplicate or have one: not set aside for another
 * reason (spam, off-topic…), not an original that was split into units, not erased.
 */
export function listDuplicateCandidates(db: Database, consultationId: number) {
	return db
		.selectFrom('comments')
		.select([
			'id',
			'text',
			'channel',
			'received_at',
			'status',
			'excluded_reason',
			'duplicate_of_id'
		])
		.where('consultation_id', '=', consultationId)
		.where('split_at', 'is', null)
		.where('erased_at', 'is', null)
		.where((eb) => eb.or([eb('status', '!=', 'excluded'), eb('excluded_reason', '=', 'duplicate')]))
		.orderBy('received_at')
		.orderBy('id')
		.execute();
}

/** What marking rules look at, for the given opinions of one consultation only. */
export function findDuplicateMembers(db: Database, consultationId: number, ids: readonly number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('comments')
		.select(['id', 'status', 'excluded_reason', 'duplicate_of_id', 'split_at', 'erased_at'])
		.where('consultation_id', '=', consultationId)
		.where('id', 'in', [...ids])
		.execute();
}
