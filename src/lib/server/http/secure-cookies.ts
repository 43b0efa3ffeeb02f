import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';

/** Secure cookies in production; COOKIE_SECURE=false only for a plain-HTTP intranet install. */
export function secureCookies(): boolean {
	return !dev && env.COOKIE_SECURE !== 'false';
}
