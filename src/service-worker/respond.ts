/// <reference lib="webworker" />
import { CACHE, PRECACHED, SHELL } from './cache';

/**
 * What the worker answers itself; everything else, the kiosk API above all, goes to the network
 * untouched, so that the page sees a real failure when offline and keeps the opinion queued.
 */
export function handledHere(request: Request, origin: string): boolean {
	if (request.method !== 'GET') return false;
	const url = new URL(request.url);
	if (url.origin !== origin) return false;
	return PRECACHED.has(url.pathname) || isShell(request, url);
}

function isShell(request: Request, url: URL) {
	return request.mode === 'navigate' && url.pathname === SHELL;
}

/**
 * Cache first: a kiosk at a picnic must start the same way with or without Wi-Fi. A new build
 * brings a new worker and a new cache, so nothing stale outlives a deploy.
 */
export async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	const key = isShell(request, url) ? SHELL : url.pathname;
	const cached = await cache.match(key, { ignoreSearch: true });
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
	return response;
}
