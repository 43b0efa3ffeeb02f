/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';

export const CACHE = `glosy-kiosk-${version}`;

/** The kiosk page itself: the shell every offline start is served from. */
export const SHELL = '/kiosk';

/** Hashed build output, static files and the shell: everything the kiosk needs with no network. */
export const PRECACHED = new Set([...build, ...files, SHELL]);

export async function precache() {
	const cache = await caches.open(CACHE);
	await cache.addAll([...PRECACHED]);
}

/** Caches of earlier builds would only serve stale code; the current one is all we keep. */
export async function dropOldCaches() {
	for (const key of await caches.keys()) {
		if (key !== CACHE) await caches.delete(key);
	}
}
