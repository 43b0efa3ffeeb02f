import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404 } from '$lib/server/http/lookups';
import { listImportBatches } from '$lib/server/repositories/imports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'comments:import');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	return { batches: await listImportBatches(db, consultation.id) };
};
