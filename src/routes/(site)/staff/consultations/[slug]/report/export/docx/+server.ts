import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { consultationOr404 } from '$lib/server/http/lookups';
import { docxFilename, docxResponse, versionParam } from '$lib/server/report/docx/response';
import { reportDocx } from '$lib/server/services/report-docx';
import type { RequestHandler } from './$types';

/** The report as a Word document: the live figures, or `?version=N` as published. */
export const GET: RequestHandler = async (event) => {
	authorize(event, 'reports:view');
	const db = getDb();
	const consultation = await consultationOr404(db, event.params.slug);
	const version = versionParam(event.url);
	if (version === undefined) error(400, m.docx_error_version());
	const source = version === null ? null : { version };
	const file = await reportDocx(db, consultation, source, undefined, getLocale());
	if (!file) error(404, m.docx_error_version_missing());
	return docxResponse(file, docxFilename(consultation.slug, version), 'private, no-store');
};
