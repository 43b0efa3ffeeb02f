import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Action } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import type { SessionUser } from './session';

/** Every load and action calls this: layouts alone do not rerun on client navigation. */
export function authorize(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	action: Action
): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	if (!can(user.role, action)) error(403, m.error_forbidden());
	return user;
}

/** Only same-site paths are followed after login; anything else goes to the staff home. */
export function safeRedirectTarget(value: string | null): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
		return '/staff';
	}
	return value;
}
