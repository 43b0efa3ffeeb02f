import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { exportPanel } from '$lib/server/export/panel';
import { exportJobs } from '$lib/server/export/registry';
import { exportsPath, startExport } from '$lib/server/export/service';
import { readForm } from '$lib/server/http/form-body';
import { consultationOr404 } from '$lib/server/http/lookups';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'reports:view');
	const consultation = await consultationOr404(getDb(), event.params.slug);
	return { panel: await exportPanel(user.id, consultation) };
};

export const actions: Actions = {
	start: async (event) => {
		const user = authorize(event, 'reports:view');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const form = await readForm(event.request);
		const kind = form.get('kind');
		const id =
			typeof kind === 'string'
				? await startExport(exportJobs(), db, {
						kind,
						consultation,
						userId: user.id,
						locale: getLocale()
					})
				: null;
		if (id === null) return fail(400, { unknownKind: true });
		const back =
			form.get('from') === 'report'
				? `/staff/consultations/${consultation.slug}/report#exports`
				: exportsPath(consultation.slug);
		redirect(303, back);
	}
};
