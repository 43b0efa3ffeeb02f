import type { Database } from '../db/connect';

export function listReportVersions(db: Database, consultationId: number) {
	return db
		.selectFrom('report_versions')
		.select(['version', 'published_at'])
		.where('consultation_id', '=', consultationId)
		.orderBy('version', 'desc')
		.execute();
}

/** One version, or the latest when `version` is null. */
export function findReportVersion(db: Database, consultationId: number, version: number | null) {
	let query = db
		.selectFrom('report_versions')
		.select(['version', 'published_at', 'snapshot_json'])
		.where('consultation_id', '=', consultationId);
	if (version !== null) query = query.where('version', '=', version);
	return query.orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function nextReportVersion(db: Database, consultationId: number): Promise<number> {
	const row = await db
		.selectFrom('report_versions')
		.select((eb) => eb.fn.max('version').as('last'))
		.where('consultation_id', '=', consultationId)
		.executeTakeFirst();
	return Number(row?.last ?? 0) + 1;
}

export async function insertReportVersion(
	db: Database,
	values: { consultationId: number; version: number; publishedBy: number | null; snapshot: string }
) {
	await db
		.insertInto('report_versions')
		.values({
			consultation_id: values.consultationId,
			version: values.version,
			published_by: values.publishedBy,
			snapshot_json: values.snapshot
		})
		.execute();
}
