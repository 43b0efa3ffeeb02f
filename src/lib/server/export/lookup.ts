import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Database } from '../db/connect';
import { consultationOr404 } from '../http/lookups';
import { JOB_ID_PATTERN, type ExportJob } from './jobs';
import { exportJobs } from './registry';

/** The user's own job of this consultation; anyone else's, or an expired one, is a 404. */
export async function ownJobOr404(
	db: Database,
	params: { slug: string; job: string },
	userId: number
): Promise<ExportJob> {
	const consultation = await consultationOr404(db, params.slug);
	const job = JOB_ID_PATTERN.test(params.job)
		? await exportJobs().find(params.job, userId)
		: undefined;
	if (!job || job.consultationId !== consultation.id) error(404, m.exp_job_not_found());
	return job;
}
