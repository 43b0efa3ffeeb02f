import { sql, type Insertable } from 'kysely';
import type { SubjectIdentifier } from '$lib/schemas/rodo';
import type { Database } from '../db/connect';
import type { DB } from '../db/types';

/** The ids of the opinions an identifier points at: by contact address or by receipt code. */
function matchedIds(db: Database, identifier: SubjectIdentifier) {
	return identifier.kind === 'email'
		? db
				.selectFrom('comment_contacts')
				.select('comment_id as id')
				.where(sql<string>`lower(trim(email))`, '=', identifier.value)
		: db.selectFrom('comments').select('id').where('receipt_code', '=', identifier.value);
}

/** Everything stored about the person's opinions, across consultations, oldest first. */
export function findSubjectOpinions(db: Database, identifier: SubjectIdentifier) {
	return db
		.selectFrom('comments')
		.innerJoin('consultations', 'consultations.id', 'comments.consultation_id')
		.leftJoin('comment_contacts', 'comment_contacts.comment_id', 'comments.id')
		.leftJoin('comment_responses', 'comment_responses.comment_id', 'comments.id')
		.select([
			'comments.id',
			'comments.receipt_code',
			'comments.channel',
			'comments.text',
			'comments.redacted_text',
			'comments.erased_at',
			'comments.received_at',
			'comments.submitted_at',
			'comments.district',
			'comments.age_band',
			'comments.status',
			'consultations.title as consultation_title',
			'consultations.slug as consultation_slug',
			'comment_contacts.email',
			'comment_contacts.source as contact_source',
			'comment_contacts.consent_at',
			'comment_responses.status as response_status',
			'comment_responses.justification as response_justification',
			'comment_responses.updated_at as response_updated_at'
		])
		.where('comments.id', 'in', matchedIds(db, identifier))
		.orderBy('comments.received_at')
		.orderBy('comments.id')
		.execute();
}

/** Units split from these opinions carry parts of their text. */
export function findUnitsOf(db: Database, ids: readonly number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('comments')
		.select(['id', 'text', 'redacted_text', 'erased_at'])
		.where('parent_id', 'in', ids)
		.execute();
}

export async function deleteContacts(db: Database, ids: readonly number[]): Promise<number> {
	if (ids.length === 0) return 0;
	const result = await db
		.deleteFrom('comment_contacts')
		.where('comment_id', 'in', ids)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function replaceErasedText(db: Database, id: number, text: string, at: string) {
	await db
		.updateTable('comments')
		.set({ text, redacted_text: null, redacted_by: null, erased_at: at })
		.where('id', '=', id)
		.execute();
	await db.updateTable('report_opinions').set({ text }).where('comment_id', '=', id).execute();
}

/** Published reports that quote or list any of these opinions, to scrub after an erasure. */
export function findReportVersionsOf(db: Database, ids: readonly number[]) {
	return db
		.selectFrom('report_versions as rv')
		.select(['rv.id', 'rv.consultation_id', 'rv.version', 'rv.snapshot_json'])
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('report_opinions as ro')
					.select('ro.lp')
					.whereRef('ro.consultation_id', '=', 'rv.consultation_id')
					.whereRef('ro.version', '=', 'rv.version')
					.where('ro.comment_id', 'in', ids)
			)
		)
		.execute();
}

export async function updateReportSnapshot(db: Database, id: number, snapshotJson: string) {
	await db
		.updateTable('report_versions')
		.set({ snapshot_json: snapshotJson })
		.where('id', '=', id)
		.execute();
}

export async function insertRodoRequest(
	db: Database,
	values: Insertable<DB['rodo_requests']>
): Promise<number> {
	const row = await db
		.insertInto('rodo_requests')
		.values(values)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** The register: what was asked, when, how many opinions, by whom; never the identifier. */
export function listRodoRequests(db: Database, limit = 100) {
	return db
		.selectFrom('rodo_requests')
		.leftJoin('users', 'users.id', 'rodo_requests.handled_by')
		.select([
			'rodo_requests.id',
			'rodo_requests.kind',
			'rodo_requests.identifier_kind',
			'rodo_requests.comment_count',
			'rodo_requests.remove_text',
			'rodo_requests.at',
			'users.display_name as handled_by_name'
		])
		.orderBy('rodo_requests.id', 'desc')
		.limit(limit)
		.execute();
}
