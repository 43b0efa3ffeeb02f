import { redirect } from '@sveltejs/kit';
import { cookieName, isLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

/** A plain link switches the language, so the switch works without JavaScript. */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	const next = url.searchParams.get('next') ?? '/';
	const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
	if (isLocale(params.locale)) {
		cookies.set(cookieName, params.locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			sameSite: 'lax',
			httpOnly: false
		});
	}
	redirect(303, target);
};
