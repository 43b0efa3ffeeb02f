import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { exportDir } from '$lib/server/export/dir';
import { openDataZip } from '$lib/server/export/open-data';
import { findPublicConsultation } from '$lib/server/services/online-opinions';
import type { RequestHandler } from './$types';

/** A published version's open data: the same bytes for as long as the version exists. */
export const GET: RequestHandler = async ({ params, url }) => {
	const db = getDb();
	const consultation = await findPublicConsultation(db, params.slug);
	if (!consultation) error(404, m.error_consultation_not_found());
	const version = /^\d{1,6}$/.test(params.version) ? Number(params.version) : null;
	const reportUrl = `${url.origin}/konsultacje/${consultation.slug}/raport/${params.version}`;
	const file =
		version === null
			? null
			: await openDataZip(db, join(exportDir(), 'open-data'), consultation, version, reportUrl);
	if (!file) error(404, m.error_not_found());
	const { size } = await stat(file.path);
	return new Response(Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>, {
		headers: {
			'content-type': 'application/zip',
			'content-length': String(size),
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'public, max-age=86400'
		}
	});
};
