import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of adapter-node's server manifest that name the client files a page loads. */
export interface BuildManifest {
	_: {
		client: { start: string; app: string; imports: string[]; stylesheets: string[] };
		nodes: (() => Promise<ClientFiles>)[];
		routes: BuildRoute[];
	};
}

export interface ClientFiles {
	imports: string[];
	stylesheets: string[];
}

export interface BuildRoute {
	id: string;
	pattern: RegExp;
	page: { layouts: (number | undefined)[]; leaf: number } | null;
}

export async function loadManifest(buildDir: string): Promise<BuildManifest> {
	const file = manifestFile(join(buildDir, 'server'));
	const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
	// The bundler may rename the export (`m`), so find it by its shape.
	const manifest = Object.values(exports).find(isManifest);
	if (!manifest) throw new Error(`No server manifest exported by ${file}`);
	return manifest;
}

/** kit's own first-match routing: the page route that would answer this path. */
export function pageRoute(manifest: BuildManifest, path: string): BuildRoute {
	const route = manifest._.routes.find((r) => r.page && r.pattern.test(path));
	if (!route) throw new Error(`No page route in the build answers ${path}`);
	return route;
}

/** Older adapter-node writes server/manifest.js; the rolldown build hashes it under chunks/. */
function manifestFile(serverDir: string): string {
	const classic = join(serverDir, 'manifest.js');
	if (existsSync(classic)) return classic;
	const chunks = join(serverDir, 'chunks');
	const hashed = existsSync(chunks)
		? readdirSync(chunks).find((name) => /^manifest\.js-.*\.js$/.test(name))
		: undefined;
	if (!hashed) throw new Error(`No manifest.js under ${serverDir}: is the build complete?`);
	return join(chunks, hashed);
}

function isManifest(value: unknown): value is BuildManifest {
	if (typeof value !== 'object' || value === null || !('_' in value)) return false;
	const internal = value._;
	return typeof internal === 'object' && internal !== null && 'routes' in internal;
}
