import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db';
import { exportDir } from '$lib/server/export/dir';
import { publishedDocx } from '$lib/server/report/docx/published-file';
import { docxResponse } from '$lib/server/report/docx/response';
import { findPublicConsultation } from '$lib/server/services/online-opinions';
import type { RequestHandler } from './$types';

/** A published version of the report as a Word document, for anyone. */
export const GET: RequestHandler = async ({ params }) => {
	const db = getDb();
	const consultation = await findPublicConsultation(db, params.slug);
	if (!consultation) error(404, m.error_consultation_not_found());
	const version = /^[1-9]\d{0,8}$/.test(params.version) ? Number(params.version) : null;
	const file =
		version === null
			? null
			: await publishedDocx(
					db,
					join(exportDir(), 'report-docx'),
					consultation,
					version,
					getLocale()
				);
	if (!file) error(404, m.docx_error_version_missing());
	const { size } = await stat(file.path);
	const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
	// The file follows the reader's language, so shared caches must not keep it.
	return docxResponse(body, file.filename, 'private, max-age=3600', size);
};
