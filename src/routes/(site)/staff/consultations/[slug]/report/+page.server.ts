import { fail } from '@sveltejs/kit';
import { reportPageParam } from '$lib/components/report/page-param';
import { can } from '$lib/domain/roles';
import { reportCharts, type Filters } from '$lib/report/charts';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404 } from '$lib/server/http/lookups';
import { exportPanel } from '$lib/server/export/panel';
import { buildReport } from '$lib/server/services/report';
import { reportOpinionPage } from '$lib/server/services/report-opinions';
import { publishReport, reportVersions } from '$lib/server/services/report-publish';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'reports:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const report = await buildReport(db, consultation);
	const inbox = `/staff/consultations/${consultation.slug}/opinions?`;
	const drill = (filters: Filters) =>
		inbox + new URLSearchParams({ ...filters, status: 'included' }).toString();
	return {
		report,
		charts: reportCharts(report, getLocale(), drill),
		opinions: await reportOpinionPage(
			db,
			consultation.id,
			null,
			report.figures.opinions,
			reportPageParam(event.url)
		),
		versions: await reportVersions(db, consultation.id),
		canPublish: can(user.role, 'reports:publish'),
		exportPanel: await exportPanel(user.id, consultation)
	};
};

export const actions: Actions = {
	publish: async (event) => {
		const user = authorize(event, 'reports:publish');
		const db = getDb();
		const consultation = await consultationOr404(db, event.params.slug);
		const outcome = await publishReport(db, user.id, consultation);
		if (!outcome.ok) return fail(409, { problem: m.rep_publish_in_progress() });
		return { published: outcome.version };
	}
};
