import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest, pageRoute, type BuildManifest } from './size/build-manifest';
import { bundle, fileSizes, type Bundle, type FileSizes } from './size/compressed';

export interface RouteSize {
	path: string;
	routeId: string;
	js: Bundle;
	css: Bundle;
}

export interface KioskSizeReport {
	kiosk: RouteSize & { serviceWorker: FileSizes };
	home: RouteSize;
}

// app.html links app.css on every page and the kiosk layout adds kiosk.css: both are static
// files, outside kit's manifest.
const STATIC_CSS: Record<string, string[]> = {
	'/': ['app.css'],
	'/kiosk': ['app.css', 'kiosk.css']
};

export async function measureKioskSize(buildDir: string): Promise<KioskSizeReport> {
	const manifest = await loadManifest(buildDir);
	const clientDir = join(buildDir, 'client');
	const worker = 'service-worker.js';
	if (!existsSync(join(clientDir, worker))) throw new Error(`No ${worker} in ${clientDir}`);
	return {
		kiosk: {
			...(await routeSize(manifest, clientDir, '/kiosk')),
			serviceWorker: fileSizes(clientDir, worker)
		},
		home: await routeSize(manifest, clientDir, '/')
	};
}

/** What the first visit loads: kit's entry plus the route's layouts and leaf (not its errors). */
async function routeSize(
	manifest: BuildManifest,
	clientDir: string,
	path: string
): Promise<RouteSize> {
	const route = pageRoute(manifest, path);
	const { client } = manifest._;
	const js = [client.start, client.app, ...client.imports];
	const css = [...(STATIC_CSS[path] ?? []), ...client.stylesheets];
	const ids = [...(route.page?.layouts ?? []), route.page?.leaf];
	for (const id of ids) {
		if (id === undefined) continue;
		const node = await manifest._.nodes[id]?.();
		if (!node) throw new Error(`Route ${route.id} names node ${id}, missing from the build`);
		js.push(...node.imports);
		css.push(...node.stylesheets);
	}
	return { path, routeId: route.id, js: bundle(clientDir, js), css: bundle(clientDir, css) };
}
