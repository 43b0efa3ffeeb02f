import { getDb } from '$lib/server/db';
import { kioskPair } from '$lib/server/http/kiosk-api';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
	kioskPair(getDb(), event.request, event.getClientAddress());
