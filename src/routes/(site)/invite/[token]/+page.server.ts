import { fail, redirect } from '@sveltejs/kit';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { secureCookies } from '$lib/server/http/secure-cookies';
import { acceptInvitation, lookUpInvitation } from '$lib/server/services/users';
import { passwordSchema } from '$lib/schemas/account';
import { parseForm } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await lookUpInvitation(getDb(), params.token);
	return invitation.ok
		? { valid: true as const, email: invitation.email, displayName: invitation.displayName }
		: { valid: false as const, reason: invitation.reason };
};

export const actions: Actions = {
	default: async ({ params, request, cookies }) => {
		const form = await readForm(request);
		const parsed = parseForm(passwordSchema, form, ['password', 'password_repeat']);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const db = getDb();
		const accepted = await acceptInvitation(db, params.token, parsed.data.password);
		if (!accepted.ok) return fail(410, { reason: accepted.reason });
		const session = await createSession(db, accepted.userId);
		setSessionCookie(cookies, session.token, session.expiresAt, secureCookies());
		redirect(303, '/staff');
	}
};
