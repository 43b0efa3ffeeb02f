import { getDb } from '$lib/server/db';
import { kioskEnd } from '$lib/server/http/kiosk-api';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => kioskEnd(getDb(), event.request);
