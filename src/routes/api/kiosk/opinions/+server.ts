import { getDb } from '$lib/server/db';
import { kioskOpinions } from '$lib/server/http/kiosk-api';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => kioskOpinions(getDb(), event.request);
