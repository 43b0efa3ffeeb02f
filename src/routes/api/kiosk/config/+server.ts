import { getDb } from '$lib/server/db';
import { kioskConfigAnswer } from '$lib/server/http/kiosk-api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => kioskConfigAnswer(getDb(), event.request);
