import { redirect } from '@sveltejs/kit';
import { sameSitePath } from '$lib/server/auth/guards';
import { cookieName, isLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

/** A plain link switches the language, so the switch works without JavaScript. */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	const target = sameSitePath(url.searchParams.get('next')) ?? '/';
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
