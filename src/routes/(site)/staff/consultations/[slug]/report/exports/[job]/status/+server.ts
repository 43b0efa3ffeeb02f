import { json } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { ownJobOr404 } from '$lib/server/export/lookup';
import { jobView } from '$lib/server/export/service';
import type { RequestHandler } from './$types';

/** Polled every second while a job runs: the panel's progress without reloading the page. */
export const GET: RequestHandler = async (event) => {
	const user = authorize(event, 'reports:view');
	const job = await ownJobOr404(getDb(), event.params, user.id);
	return json(jobView(job, event.params.slug), { headers: { 'cache-control': 'no-store' } });
};
