import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest, pageRoute, type BuildManifest } from './size/build-manifest';
import { bundle, fileSizes, type Bundle, type FileSizes } from './size/compressed';
import { ModuleGraph } from './size/imports';

/** Issue 7's goal for the kiosk's JavaScript, gzip. */
export const KIOSK_JS_GOAL_BYTES = 60 * 1024;

export interface LoadedFile extends FileSizes {
	/** The root that pulls the file in: `start`, `app`, `node 43` (leaf), `import()` of a chunk… */
	via: string;
}

export interface LoadedBundle extends Bundle {
	files: LoadedFile[];
}

export interface RouteSize {
	path: string;
	routeId: string;
	/** Fetched before the page shows: kit's entry, root layout and error page, the route's nodes. */
	js: LoadedBundle;
	/** Fetched later by `import()` in the route's code (e.g. the kiosk's staff corner); not in `js`. */
	lazyJs: LoadedBundle;
	css: Bundle;
}

export interface KioskSizeReport {
	counts: string;
	goal: { jsGzipBytes: number; met: boolean };
	kiosk: RouteSize & { serviceWorker: FileSizes };
	home: RouteSize;
}

// app.html links app.css on every page and the kiosk layout adds kiosk.css: both are static
// files, outside kit's manifest.
const STATIC_CSS: Record<string, string[]> = {
	'/': ['app.css'],
	'/kiosk': ['app.css', 'kiosk.css']
};

// kit's client fetches the root layout and the root error page on start, whatever the route.
const ROOT_LAYOUT = 0;
const ROOT_ERROR = 1;

export async function measureKioskSize(buildDir: string): Promise<KioskSizeReport> {
	const manifest = await loadManifest(buildDir);
	const clientDir = join(buildDir, 'client');
	const worker = 'service-worker.js';
	if (!existsSync(join(clientDir, worker))) throw new Error(`No ${worker} in ${clientDir}`);
	const kiosk = await routeSize(manifest, clientDir, '/kiosk');
	return {
		counts:
			'js: every file the browser fetches before the page shows, found by following static ' +
			'imports from kit’s entry (start, app) and the nodes kit loads for the route (root ' +
			'layout, root error page, the route’s layouts and page); each file gzipped on its own. ' +
			'lazyJs: what import() in those files fetches after the page shows, counted apart; the ' +
			'kiosk fetches its staff corner right after it starts, its pairing form only unpaired.',
		goal: { jsGzipBytes: KIOSK_JS_GOAL_BYTES, met: kiosk.js.gzip <= KIOSK_JS_GOAL_BYTES },
		kiosk: { ...kiosk, serviceWorker: fileSizes(clientDir, worker) },
		home: await routeSize(manifest, clientDir, '/')
	};
}

async function routeSize(
	manifest: BuildManifest,
	clientDir: string,
	path: string
): Promise<RouteSize> {
	const route = pageRoute(manifest, path);
	const { client } = manifest._;
	const graph = new ModuleGraph(clientDir);
	const ids = [ROOT_LAYOUT, ROOT_ERROR, ...(route.page?.layouts ?? []), route.page?.leaf];
	const roots: [string, string][] = [
		[client.start, 'start'],
		[client.app, 'app']
	];
	const declared = [client.start, client.app, ...client.imports];
	const css = [...(STATIC_CSS[path] ?? []), ...client.stylesheets];
	for (const id of new Set(ids)) {
		if (id === undefined) continue;
		const node = await manifest._.nodes[id]?.();
		if (!node?.imports[0]) throw new Error(`Route ${route.id} names node ${id}, not in the build`);
		roots.push([node.imports[0], `node ${id}`]);
		declared.push(...node.imports);
		css.push(...node.stylesheets);
	}
	const loaded = graph.closure(roots);
	const missed = declared.filter((file) => !loaded.has(file));
	if (missed.length > 0) throw new Error(`kit loads ${missed.join(', ')}, not found by imports`);
	const lazy = graph.closure(lazyRoots(graph, loaded, client.app), new Set(loaded.keys()));
	return {
		path,
		routeId: route.id,
		js: loadedBundle(clientDir, loaded),
		lazyJs: loadedBundle(clientDir, lazy),
		css: bundle(clientDir, css)
	};
}

/** app.js imports every node of the app with import(); only the route's own code counts here. */
function lazyRoots(graph: ModuleGraph, loaded: Map<string, string>, app: string) {
	const roots: [string, string][] = [];
	for (const file of loaded.keys()) {
		if (file === app) continue;
		for (const target of graph.imports(file).dynamic) roots.push([target, `import() in ${file}`]);
	}
	return roots;
}

function loadedBundle(clientDir: string, files: Map<string, string>): LoadedBundle {
	const sized = bundle(clientDir, files.keys());
	const withVia = sized.files.map((file) => ({ ...file, via: files.get(file.file) ?? '' }));
	return { ...sized, files: withVia.sort((a, b) => b.gzip - a.gzip) };
}
