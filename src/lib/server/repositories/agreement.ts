import type { Database } from '../db/connect';

export async function insertSample(
	db: Database,
	sample: { consultationId: number; name: string; createdBy: number; createdAt: string },
	coderIds: readonly number[],
	commentIds: readonly number[]
) {
	const { id } = await db
		.insertInto('agreement_samples')
		.values({
			consultation_id: sample.consultationId,
			name: sample.name,
			created_by: sample.createdBy,
			created_at: sample.createdAt
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('agreement_coders')
		.values(coderIds.map((user_id) => ({ sample_id: id, user_id })))
		.execute();
	await db
		.insertInto('agreement_items')
		.values(commentIds.map((comment_id) => ({ sample_id: id, comment_id })))
		.execute();
	return id;
}

/** Opinions that can be coded: not set aside, not an original that was split into units. */
export async function codablePool(db: Database, consultationId: number) {
	const rows = await db
		.selectFrom('comments')
		.select('id')
		.where('consultation_id', '=', consultationId)
		.where('status', '!=', 'excluded')
		.where('split_at', 'is', null)
		.orderBy('id')
		.execute();
	return rows.map((r) => r.id);
}

export function listSamples(db: Database, consultationId: number) {
	return db
		.selectFrom('agreement_samples as s')
		.select(['s.id', 's.name', 's.created_at'])
		.select((eb) => [
			eb
				.selectFrom('agreement_items as i')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('i.sample_id', '=', 's.id')
				.as('item_count'),
			eb
				.selectFrom('agreement_items as i')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('i.sample_id', '=', 's.id')
				.where('i.adjudicated_at', 'is not', null)
				.as('adjudicated_count')
		])
		.where('s.consultation_id', '=', consultationId)
		.orderBy('s.id', 'desc')
		.execute();
}

export function findSample(db: Database, consultationId: number, sampleId: number) {
	return db
		.selectFrom('agreement_samples')
		.selectAll()
		.where('consultation_id', '=', consultationId)
		.where('id', '=', sampleId)
		.executeTakeFirst();
}

export function findSampleById(db: Database, sampleId: number) {
	return db
		.selectFrom('agreement_samples')
		.selectAll()
		.where('id', '=', sampleId)
		.executeTakeFirst();
}

/** Coders of several samples at once, in a stable order (by user id). */
export function listCoders(db: Database, sampleIds: readonly number[]) {
	if (sampleIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('agreement_coders as c')
		.innerJoin('users as u', 'u.id', 'c.user_id')
		.select(['c.sample_id', 'c.user_id', 'u.display_name'])
		.where('c.sample_id', 'in', [...sampleIds])
		.orderBy('c.sample_id')
		.orderBy('c.user_id')
		.execute();
}

export function listItems(db: Database, sampleId: number) {
	return db
		.selectFrom('agreement_items as i')
		.innerJoin('comments as c', 'c.id', 'i.comment_id')
		.leftJoin('users as u', 'u.id', 'i.adjudicated_by')
		.select([
			'i.comment_id',
			'c.text',
			'i.adjudicated_at',
			'i.adjudicated_by',
			'u.display_name as adjudicated_by_name'
		])
		.where('i.sample_id', '=', sampleId)
		.orderBy('i.comment_id')
		.execute();
}

export function findItem(db: Database, sampleId: number, commentId: number) {
	return db
		.selectFrom('agreement_items')
		.selectAll()
		.where('sample_id', '=', sampleId)
		.where('comment_id', '=', commentId)
		.executeTakeFirst();
}

/** The items one coder has still to code, with the opinion's text and nothing else. */
export function uncodedItems(db: Database, sampleId: number, userId: number) {
	return db
		.selectFrom('agreement_items as i')
		.innerJoin('comments as c', 'c.id', 'i.comment_id')
		.select(['i.comment_id', 'c.text'])
		.where('i.sample_id', '=', sampleId)
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('agreement_codings as d')
						.select('d.comment_id')
						.whereRef('d.sample_id', '=', 'i.sample_id')
						.whereRef('d.comment_id', '=', 'i.comment_id')
						.where('d.user_id', '=', userId)
				)
			)
		)
		.orderBy('i.comment_id')
		.execute();
}

/** How many items each coder of each sample has coded. */
export function codingCounts(db: Database, sampleIds: readonly number[]) {
	if (sampleIds.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('agreement_codings')
		.select(['sample_id', 'user_id'])
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('sample_id', 'in', [...sampleIds])
		.groupBy(['sample_id', 'user_id'])
		.execute();
}

export function listCodings(db: Database, sampleId: number) {
	return db
		.selectFrom('agreement_codings')
		.select(['comment_id', 'user_id', 'area_ids', 'theme_ids', 'coded_at'])
		.where('sample_id', '=', sampleId)
		.orderBy('comment_id')
		.orderBy('user_id')
		.execute();
}

export async function upsertCoding(
	db: Database,
	coding: {
		sampleId: number;
		commentId: number;
		userId: number;
		areaIds: readonly number[];
		themeIds: readonly number[];
		codedAt: string;
	}
) {
	const values = {
		area_ids: JSON.stringify(coding.areaIds),
		theme_ids: JSON.stringify(coding.themeIds),
		coded_at: coding.codedAt
	};
	await db
		.insertInto('agreement_codings')
		.values({
			sample_id: coding.sampleId,
			comment_id: coding.commentId,
			user_id: coding.userId,
			...values
		})
		.onConflict((oc) => oc.columns(['sample_id', 'comment_id', 'user_id']).doUpdateSet(values))
		.execute();
}

export async function markAdjudicated(
	db: Database,
	sampleId: number,
	commentId: number,
	userId: number,
	at: string
) {
	await db
		.updateTable('agreement_items')
		.set({ adjudicated_by: userId, adjudicated_at: at })
		.where('sample_id', '=', sampleId)
		.where('comment_id', '=', commentId)
		.execute();
}
