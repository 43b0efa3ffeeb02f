import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404, idField } from '$lib/server/http/lookups';
import { saveRow } from '$lib/server/http/row-action';
import { listAreas } from '$lib/server/repositories/codebook';
import { saveArea } from '$lib/server/services/codebook';
import { areaSchema } from '$lib/schemas/area';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'consultations:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	return { areas: await listAreas(db, consultation.id) };
};

export const actions: Actions = {
	save: async (event) => {
		const user = authorize(event, 'consultations:manage');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const form = await readForm(event.request);
		return saveRow(
			form,
			{ scope: 'area', id: idField(form, 'id'), schema: areaSchema },
			(id, data) => saveArea(db, consultation.id, id, data, user.id)
		);
	}
};
