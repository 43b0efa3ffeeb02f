import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/server/auth/guards';
import { setSessionCookie } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { secureCookies } from '$lib/server/http/secure-cookies';
import { logIn } from '$lib/server/services/auth';
import { loginSchema } from '$lib/schemas/account';
import { parseForm } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const target = safeRedirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, target);
	return { redirectTo: target, expired: url.searchParams.has('redirectTo') };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request);
		const target = safeRedirectTarget(event.url.searchParams.get('redirectTo'));
		const parsed = parseForm(loginSchema, form, ['password']);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });

		const result = await logIn(getDb(), { ...parsed.data, ip: event.getClientAddress() });
		const values = { email: parsed.data.email };
		if (!result.ok && result.reason === 'throttled') {
			return fail(429, { values, throttled: result.retryAfterMinutes });
		}
		if (!result.ok) return fail(400, { values, invalid: true });

		setSessionCookie(event.cookies, result.token, result.expiresAt, secureCookies());
		redirect(303, target);
	}
};
