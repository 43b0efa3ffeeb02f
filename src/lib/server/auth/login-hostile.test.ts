import { isRedirect, type Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginSchema } from '$lib/schemas/account';
import { GET as switchLanguage } from '../../../routes/lang/[locale]/+server';
import type { Database } from '../db/connect';
import { logIn } from '../services/auth';
import { createTestDb } from '../testing/db';
import { NAUGHTY } from '../../../../tests/e2e/support/hostile-strings';
import { safeRedirectTarget } from './guards';

const ORIGIN = 'https://glosy.example';

/** Where a browser goes for a Location header: it drops tabs and line breaks first. */
function followed(location: string) {
	new Headers({ location });
	return new URL(location.replace(/[\t\n\r]/g, ''), `${ORIGIN}/lang/pl`);
}

/** Redirect targets that try to leave the site, beside every naughty string. */
const TARGETS = [
	...NAUGHTY,
	'//evil.example',
	'/\\evil.example',
	'/\t/evil.example',
	'/\n/evil.example',
	'/%0d%0aSet-Cookie:x=1',
	'/\r\nSet-Cookie: x=1',
	'/\u0000',
	'https://evil.example',
	'/ok?next=//evil.example'
];

describe('redirect targets under hostile input', () => {
	it('keeps every target after login on this site, as a valid header', () => {
		for (const target of TARGETS) {
			expect(followed(safeRedirectTarget(target)).origin, JSON.stringify(target)).toBe(ORIGIN);
		}
	});

	it('switches the language and goes back to a path of this site, whatever the locale and next', () => {
		const cookies = { set: () => {} } as unknown as Cookies;
		for (const [i, target] of TARGETS.entries()) {
			const locale = NAUGHTY[i % NAUGHTY.length] ?? '';
			const url = new URL(`${ORIGIN}/lang/x`);
			url.searchParams.set('next', target);
			let thrown: unknown;
			try {
				void switchLanguage({ params: { locale }, url, cookies } as never);
			} catch (caught) {
				thrown = caught;
			}
			if (!isRedirect(thrown)) throw new Error(`no redirect for ${JSON.stringify(target)}`);
			expect(thrown.status).toBe(303);
			expect(followed(thrown.location).origin, JSON.stringify(target)).toBe(ORIGIN);
		}
	});
});

describe('login under the naughty strings', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createTestDb();
	});
	afterAll(() => db.destroy());

	it('reads every naughty e-mail and password as a form, refusing only empty or long ones', () => {
		for (const naughty of NAUGHTY) {
			const parsed = v.safeParse(loginSchema, { email: naughty, password: naughty });
			const empty = naughty.trim() === '';
			expect(parsed.success, JSON.stringify(naughty)).toBe(!empty && naughty.length <= 254);
		}
	});

	it('answers a naughty e-mail and password as invalid, never letting anyone in', async () => {
		// Each attempt hashes once (~50 ms): a sample of the list, from a fresh address each.
		for (const [i, naughty] of NAUGHTY.filter((_, i) => i % 25 === 0).entries()) {
			const result = await logIn(db, { email: naughty, password: naughty, ip: `192.0.2.${i}` });
			expect(result).toEqual({ ok: false, reason: 'invalid' });
		}
	});
});
