import { error, type RequestEvent } from '@sveltejs/kit';
import { reportPageParam } from '$lib/components/report/page-param';
import { reportCharts } from '$lib/report/charts';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db';
import { countPublished, reportOpinionPage } from '$lib/server/services/report-opinions';
import { findPublicConsultation } from '$lib/server/services/online-opinions';
import { loadPublishedReport, reportVersions } from '$lib/server/services/report-publish';

/**
 * A published version of the report (the latest when `version` is null). Every figure and the
 * table come from what was frozen at publication, never from the live data.
 */
export async function publishedReportPage(
	event: Pick<RequestEvent, 'params' | 'url'>,
	version: number | null
) {
	const db = getDb();
	const consultation = await findPublicConsultation(db, event.params.slug ?? '');
	if (!consultation) error(404, m.error_consultation_not_found());
	const published = await loadPublishedReport(db, consultation.id, version);
	if (!published) {
		error(404, version === null ? m.rep_error_none_published() : m.rep_error_no_version());
	}
	const source = { version: published.version };
	const total = await countPublished(db, consultation.id, published.version);
	return {
		slug: consultation.slug,
		version: published.version,
		publishedAt: published.publishedAt,
		report: published.snapshot,
		charts: reportCharts(published.snapshot, getLocale(), null),
		opinions: await reportOpinionPage(
			db,
			consultation.id,
			source,
			total,
			reportPageParam(event.url)
		),
		versions: await reportVersions(db, consultation.id)
	};
}
