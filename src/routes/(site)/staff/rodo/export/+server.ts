import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { exportSubjectData } from '$lib/server/services/rodo';
import { parseForm } from '$lib/schemas/form';
import { subjectSchema } from '$lib/schemas/rodo';
import type { RequestHandler } from './$types';

/** A POST, so that the address never lands in a URL, a history or an access log. */
export const POST: RequestHandler = async (event) => {
	const user = authorize(event, 'personal_data:manage');
	const parsed = parseForm(subjectSchema, await readForm(event.request));
	if (!parsed.ok) error(400, m.rodo_error_identifier());
	const file = await exportSubjectData(getDb(), user.id, parsed.data.identifier);
	return new Response(file.json, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'no-store'
		}
	});
};
