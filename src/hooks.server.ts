import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { DatabaseOpenError } from '$lib/server/db/connect';
import { getDb } from '$lib/server/db';
import { migrateToLatest } from '$lib/server/db/migrator';
import { startRetentionJob } from '$lib/server/jobs';
import {
	SESSION_COOKIE,
	setSessionCookie,
	deleteSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { bodyTooLarge } from '$lib/server/http/form-body';
import { secureCookies } from '$lib/server/http/secure-cookies';
import { AsyncLocalStorage } from 'node:async_hooks';
import {
	extractLocaleFromRequest,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

// Contact addresses past their consultation's retention are removed within six hours.
const RETENTION_CHECK_MS = 6 * 60 * 60 * 1000;

export const init: ServerInit = async () => {
	try {
		await migrateToLatest(getDb());
	} catch (cause) {
		const line =
			cause instanceof DatabaseOpenError
				? cause.message
				: `Database migration failed: ${String(cause)}`;
		console.error(`Głosy cannot start. ${line}`);
		process.exit(1);
	}
	startRetentionJob(getDb(), { intervalMs: RETENTION_CHECK_MS });
};

/**
 * The locale (cookie, else Polish) for message functions during this request. Paraglide's own
 * middleware also copies every request to de-localise its URL, which our strategy never needs:
 * that copy tees each body, a measurable share of the intake's CPU and memory.
 */
const requestLocale = new AsyncLocalStorage<{
	locale?: Locale;
	origin?: string;
	messageCalls?: Set<string>;
}>();
overwriteServerAsyncLocalStorage(requestLocale);

const i18n: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	const store = { locale, origin: event.url.origin, messageCalls: new Set<string>() };
	return requestLocale.run(store, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		})
	);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	event.locals.requestId = crypto.randomUUID();
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

const bodyLimit: Handle = ({ event, resolve }) => {
	if (bodyTooLarge(event.request, event.url.pathname)) {
		return new Response(m.error_body_too_large(), {
			status: 413,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

const auth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = await validateSessionToken(getDb(), token);
		if (result.session) {
			if (result.renewed)
				setSessionCookie(event.cookies, token, result.session.expiresAt, secureCookies());
		} else {
			deleteSessionCookie(event.cookies, secureCookies());
		}
		event.locals.user = result.user;
		event.locals.session = result.session;
	}
	return resolve(event);
};

export const handle = sequence(i18n, securityHeaders, bodyLimit, auth);

/** Logged once with the request id; the message shown is generic and never carries data. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const requestId = event.locals.requestId ?? crypto.randomUUID();
	if (status !== 404) {
		const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
		console.error(`[${requestId}] ${event.request.method} ${event.route.id ?? '?'}: ${detail}`);
	}
	return { message: status === 404 ? m.error_not_found() : m.error_unexpected(), requestId };
};
