import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listConsultations } from '$lib/server/repositories/consultations';
import { can } from '$lib/domain/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'consultations:view');
	return {
		consultations: await listConsultations(getDb()),
		canManage: can(user.role, 'consultations:manage')
	};
};
