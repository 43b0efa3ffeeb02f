import { fail, redirect } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readFormWithin, UPLOAD_LIMIT_BYTES } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import { saveUpload } from '$lib/server/services/table-import';
import type { Actions, PageServerLoad } from './$types';

const limitMb = UPLOAD_LIMIT_BYTES / (1024 * 1024);

export const load: PageServerLoad = async (event) => {
	authorize(event, 'comments:import');
	await consultationOr404(getDb(), event.params.slug);
	return { limitMb };
};

export const actions: Actions = {
	default: async (event) => {
		const user = authorize(event, 'comments:import');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const body = await readFormWithin(event.request, UPLOAD_LIMIT_BYTES);
		if (!body.ok) return fail(413, { error: { code: 'too_large' as const, limit: limitMb } });
		const file = body.form.get('file');
		if (!(file instanceof File) || file.name === '') {
			return fail(400, { error: { code: 'no_file' as const } });
		}
		const saved = await saveUpload(db, {
			consultationId: consultation.id,
			userId: user.id,
			filename: file.name,
			bytes: new Uint8Array(await file.arrayBuffer())
		});
		if (!saved.ok) {
			return fail(saved.error.code === 'not_table' ? 415 : 400, { error: saved.error });
		}
		redirect(303, `/staff/consultations/${consultation.slug}/import/table/${saved.id}`);
	}
};
