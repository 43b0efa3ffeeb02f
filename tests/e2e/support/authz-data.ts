import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';

const ROUTES = 'src/routes';

const hasLayout = (dir: string) =>
	readdirSync(join(ROUTES, dir)).some((file) => file.startsWith('+layout'));

/** How many layouts wrap a route's page: the root one always, then each folder's that has one. */
export function layoutCount(routeId: string): number {
	const segments = routeId.split('/').filter(Boolean);
	return 1 + segments.filter((_, i) => hasLayout(segments.slice(0, i + 1).join('/'))).length;
}

/**
 * The page's own server load alone, as client-side navigation asks for it: every layout marked
 * as not to be run again. A page that leaves its check to a layout shows here.
 */
export function pageDataOnly(context: APIRequestContext, routeId: string, path: string) {
	const invalidated = `${'0'.repeat(layoutCount(routeId))}1`;
	const url = `${path === '/' ? '' : path}/__data.json?x-sveltekit-invalidated=${invalidated}`;
	return context.get(url, { maxRedirects: 0, failOnStatusCode: false });
}

interface DataNode {
	type: string;
	status?: number;
}
type DataAnswer = { type: 'redirect'; location: string } | { type: 'data'; nodes: DataNode[] };

/** A data answer written as a page's would be: the leaf's error status, a redirect, or 200. */
export async function dataAnswerOf(response: APIResponse): Promise<string> {
	if (response.status() !== 200) return String(response.status());
	// A streamed answer (text/sveltekit-data) starts with the same JSON, on its first line.
	const first = JSON.parse((await response.text()).split('\n')[0]!) as DataAnswer;
	if (first.type === 'redirect') return `303 ${first.location}`;
	const leaf = first.nodes.at(-1);
	return leaf?.type === 'error' ? String(leaf.status ?? 500) : '200';
}
