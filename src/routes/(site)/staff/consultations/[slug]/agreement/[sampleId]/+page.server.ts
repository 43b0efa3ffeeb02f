import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404 } from '$lib/server/http/lookups';
import { agreementReport, isCoder } from '$lib/server/services/agreement';
import { codebookView } from '../codebook';
import { sampleOr404 } from '../lookup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'comments:code');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const sample = await sampleOr404(db, consultation.id, event.params.sampleId);
	return {
		sample: { id: sample.id, name: sample.name },
		report: await agreementReport(db, sample.id),
		codebook: await codebookView(db, consultation.id),
		isCoder: await isCoder(db, sample.id, user.id)
	};
};
