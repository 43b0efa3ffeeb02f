import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { exportKind } from '$lib/server/export/kinds';
import { ownJobOr404 } from '$lib/server/export/lookup';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = authorize(event, 'reports:view');
	const job = await ownJobOr404(getDb(), event.params, user.id);
	if (job.state !== 'done') error(404, m.exp_job_not_found());
	const size = (await stat(job.path).catch(() => null))?.size;
	if (size === undefined) error(404, m.exp_job_not_found());
	const body = Readable.toWeb(createReadStream(job.path)) as ReadableStream<Uint8Array>;
	return new Response(body, {
		headers: {
			'content-type': exportKind(job.kind)?.contentType ?? 'application/octet-stream',
			'content-length': String(size),
			'content-disposition': `attachment; filename="${job.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
