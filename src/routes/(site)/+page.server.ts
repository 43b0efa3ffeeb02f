import { getDb } from '$lib/server/db';
import { listConsultationsWithStatus } from '$lib/server/repositories/consultations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	consultations: await listConsultationsWithStatus(getDb(), 'open')
});
