import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { schemaVersion } from '$lib/server/db/migrator';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () =>
	json(
		{ status: 'ok', schema: await schemaVersion(getDb()) },
		{ headers: { 'cache-control': 'no-store' } }
	);
