import { error } from '@sveltejs/kit';
import { versionParam } from '$lib/components/report/page-param';
import { m } from '$lib/paraglide/messages';
import { publishedReportPage } from '../published';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const version = versionParam(event.params.version);
	if (version === null) error(404, m.rep_error_no_version());
	return publishedReportPage(event, version);
};
