/**
 * Every way into the app, read from the source tree: a page's GET, each of its form actions and
 * each method a +server.ts exports. Vite's glob finds the files; importing the server modules
 * gives the real `actions` keys and methods (spread or shorthand objects alike).
 */
import { actionWay, LOAD, type WayName } from './cells';

const ENDPOINT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

// A +page.server.ts alone makes a page too (/logout: a load that redirects, and actions).
const pages = import.meta.glob('/src/routes/**/+page{.svelte,.ts,.server.ts}');
const pageServers = import.meta.glob<Record<string, unknown>>('/src/routes/**/+page.server.ts');
const endpoints = import.meta.glob<Record<string, unknown>>('/src/routes/**/+server.ts');

/** `/src/routes/(site)/login/+page.svelte` → `/(site)/login`; the root page is `/`. */
export function routeIdOf(file: string): string {
	const dir = file.replace(/^\/src\/routes/, '').replace(/\/\+[^/]+$/, '');
	return dir === '' ? '/' : dir;
}

export type DiscoveredRoutes = Map<string, Set<WayName>>;

export async function discoverRoutes(): Promise<DiscoveredRoutes> {
	const routes: DiscoveredRoutes = new Map();
	const add = (file: string, way: WayName) => {
		const id = routeIdOf(file);
		routes.set(id, (routes.get(id) ?? new Set()).add(way));
	};
	for (const file of Object.keys(pages)) add(file, LOAD);
	for (const [file, load] of Object.entries(pageServers)) {
		const actions = (await load()).actions;
		for (const name of Object.keys(actions ?? {})) add(file, actionWay(name));
	}
	for (const [file, load] of Object.entries(endpoints)) {
		const module = await load();
		for (const method of ENDPOINT_METHODS.filter((m) => m in module)) add(file, method as WayName);
	}
	return routes;
}
