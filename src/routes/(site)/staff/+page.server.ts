import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listConsultations } from '$lib/server/repositories/consultations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'consultations:view');
	return { consultations: await listConsultations(getDb()) };
};
