import type { ExportJobView } from '$lib/domain/export-jobs';
import { warsawDate } from '$lib/domain/warsaw-date';
import type { Locale } from '$lib/paraglide/runtime';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import type { ExportJob, JobRegistry } from './jobs';
import { exportKind } from './kinds';

export interface ExportRequest {
	kind: string;
	consultation: Consultation;
	userId: number;
	locale: Locale;
	now?: Date;
}

/** Queues an export of the live data; null for a kind nobody registered. */
export async function startExport(
	jobs: JobRegistry,
	db: Database,
	{ kind, consultation, userId, locale, now = new Date() }: ExportRequest
): Promise<string | null> {
	const definition = exportKind(kind);
	if (!definition) return null;
	const filename = `${definition.prefix}-${consultation.slug}-${warsawDate(now)}.${kind}`;
	return jobs.start({ kind, consultationId: consultation.id, userId, filename }, (job) =>
		definition.run(db, consultation, locale, job)
	);
}

export const exportsPath = (slug: string) => `/staff/consultations/${slug}/report/exports`;

export function jobView(job: ExportJob, slug: string): ExportJobView {
	const href = `${exportsPath(slug)}/${job.id}`;
	return {
		id: job.id,
		kind: job.kind,
		state: job.state,
		done: job.done,
		total: job.total,
		unit: exportKind(job.kind)?.unit ?? 'steps',
		file: job.filename,
		href,
		statusHref: `${href}/status`
	};
}

/** This user's exports of a consultation, for the panel on the report and exports pages. */
export async function exportJobViews(
	jobs: JobRegistry,
	userId: number,
	consultation: { id: number; slug: string }
): Promise<ExportJobView[]> {
	return (await jobs.list(userId, consultation.id)).map((job) => jobView(job, consultation.slug));
}
