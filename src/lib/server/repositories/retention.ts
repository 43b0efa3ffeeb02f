import type { Database } from '../db/connect';

/** Consultations with a retention setting and a published report, with its first publication. */
export function listRetentionCandidates(db: Database) {
	return db
		.selectFrom('consultations')
		.innerJoin('report_versions', 'report_versions.consultation_id', 'consultations.id')
		.select(['consultations.id', 'consultations.contact_retention_days as days'])
		.select((eb) => eb.fn.min<string>('report_versions.published_at').as('first_published_at'))
		.where('consultations.contact_retention_days', 'is not', null)
		.groupBy('consultations.id')
		.execute();
}

export async function deleteConsultationContacts(
	db: Database,
	consultationId: number
): Promise<number> {
	const result = await db
		.deleteFrom('comment_contacts')
		.where('comment_id', 'in', (eb) =>
			eb.selectFrom('comments').select('id').where('consultation_id', '=', consultationId)
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
