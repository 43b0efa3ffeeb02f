import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { lookUpReceipt } from '$lib/server/services/receipt-lookup';
import type { PageServerLoad } from './$types';

/** A longer input is no code; cutting it keeps the page from echoing a novel back. */
const MAX_TYPED = 40;

export const load: PageServerLoad = async ({ url, getClientAddress }) => {
	const typed = (url.searchParams.get('code') ?? '').slice(0, MAX_TYPED);
	if (typed.trim() === '') return { typed, result: null };
	const result = await lookUpReceipt(getDb(), typed, getClientAddress());
	if (!result.ok && result.error === 'throttled') {
		error(429, m.status_lookup_throttled({ minutes: result.retryAfterMinutes }));
	}
	return { typed, result };
};
