import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404 } from '$lib/server/http/lookups';
import { can } from '$lib/domain/roles';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const user = authorize(event, 'consultations:view');
	const consultation = await consultationOr404(getDb(), event.params.slug);
	return {
		consultation: { id: consultation.id, slug: consultation.slug, title: consultation.title },
		canManage: can(user.role, 'consultations:manage'),
		canManageEvents: can(user.role, 'events:manage'),
		canImport: can(user.role, 'comments:import'),
		canCode: can(user.role, 'comments:code'),
		canReport: can(user.role, 'reports:view')
	};
};
