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

const SITE = 'http://same.site';

/**
 * A path of this site to send the browser to, percent-encoded so that it is a valid header, or
 * null. Browsers drop tabs and line breaks and read a backslash as "/": "/<tab>/evil.example"
 * and "/<backslash>evil.example" lead off the site, so the URL parser decides, as a browser does.
 */
export function sameSitePath(value: string | null): string | null {
	if (!value?.startsWith('/')) return null;
	const url = URL.parse(value, SITE);
	if (url?.origin !== SITE) return null;
	return url.pathname + url.search + url.hash;
}

/** Only same-site paths are followed after login; anything else goes to the staff home. */
export function safeRedirectTarget(value: string | null): string {
	return sameSitePath(value) ?? '/staff';
}
