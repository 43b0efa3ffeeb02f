import { request, type APIRequestContext } from '@playwright/test';
import { baseURL } from '../../../playwright.config';
import { ROLES } from '../../../src/lib/domain/roles';
import type { Way, Who } from '../../authz/cells';
import { storageStateFor } from './accounts';
import type { AuthzWorld } from './authz-fixtures';

const sessionCookie = (value: string) => ({
	cookies: [
		{
			name: 'glosy_session',
			value,
			domain: new URL(baseURL).hostname,
			path: '/',
			expires: -1,
			httpOnly: true,
			secure: false,
			sameSite: 'Lax' as const
		}
	],
	origins: []
});

const open = (options: Parameters<typeof request.newContext>[0] = {}) =>
	request.newContext({ baseURL, ...options });
const bearer = (token: string) => ({ extraHTTPHeaders: { authorization: `Bearer ${token}` } });

/**
 * Who asks: nobody (no cookies), a paired kiosk (its Bearer token, no session) or a role (the
 * session auth.setup.ts logged in). A way that ends the session or the device is asked with the
 * world's spare ones instead.
 */
export async function callers(world: AuthzWorld) {
	const usual = new Map<Who, APIRequestContext>([
		['anonymous', await open()],
		['kiosk', await open(bearer(world.kioskToken))]
	]);
	const ending = new Map<Who, APIRequestContext>([
		['anonymous', usual.get('anonymous')!],
		['kiosk', await open(bearer(world.endingKioskToken))]
	]);
	for (const role of ROLES) {
		usual.set(role, await open({ storageState: storageStateFor(role) }));
		ending.set(role, await open({ storageState: sessionCookie(world.endingSessions[role]) }));
	}
	const all = [...new Set([...usual.values(), ...ending.values()])];
	return {
		contextFor: (who: Who, way: Way) =>
			(way.ownSession || way.ownDevice ? ending : usual).get(who)!,
		admin: usual.get('admin')!,
		dispose: () => Promise.all(all.map((context) => context.dispose()))
	};
}
