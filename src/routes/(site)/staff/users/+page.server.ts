import { fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/http/form-body';
import { idField } from '$lib/server/http/lookups';
import { findUserById, listUsers } from '$lib/server/repositories/users';
import { inviteUser, reissueInvitation, setActive } from '$lib/server/services/users';
import { inviteSchema } from '$lib/schemas/account';
import { formValues, parseForm } from '$lib/schemas/form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	authorize(event, 'users:manage');
	return { users: await listUsers(getDb()) };
};

const linkFor = (event: RequestEvent, token: string) => `${event.url.origin}/invite/${token}`;

export const actions: Actions = {
	invite: async (event) => {
		const actor = authorize(event, 'users:manage');
		const form = await readForm(event.request);
		const parsed = parseForm(inviteSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await inviteUser(
			getDb(),
			{ ...parsed.data, displayName: parsed.data.display_name },
			actor.id
		);
		if (!result.ok) return fail(409, { errors: result.errors, values: formValues(form) });
		return { invitation: { name: parsed.data.display_name, link: linkFor(event, result.token) } };
	},
	reinvite: async (event) => {
		const actor = authorize(event, 'users:manage');
		const userId = idField(await readForm(event.request), 'user_id');
		const user = userId === null ? undefined : await findUserById(getDb(), userId);
		const token = user ? await reissueInvitation(getDb(), user.id, actor.id) : null;
		if (!user || !token) return fail(404, { missing: true });
		return { invitation: { name: user.display_name, link: linkFor(event, token) } };
	},
	toggle: async (event) => {
		const actor = authorize(event, 'users:manage');
		const form = await readForm(event.request);
		const userId = idField(form, 'user_id');
		if (userId === null) return fail(404, { missing: true });
		const changed = await setActive(getDb(), userId, form.get('active') === '1', actor.id);
		if (!changed) return fail(400, { selfDeactivation: true });
		return { toggled: userId };
	}
};
