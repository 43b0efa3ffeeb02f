import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { Expected, Way, WayName } from '../../authz/cells';

/** One request of the matrix: a path, how it is asked and what should come back. */
export interface Ask {
	path: string;
	way: WayName;
	spec: Way;
}

const ACTION = /^\?\/(.+)$/;

/** Where a way is asked: an action's name rides in the query (`?/default` is the bare path). */
export function urlOf({ path, way }: Pick<Ask, 'path' | 'way'>): string {
	const action = ACTION.exec(way)?.[1];
	return action === undefined || action === 'default' ? path : `${path}?/${action}`;
}

/**
 * Pages and actions are asked as a browser without JavaScript would: `accept: text/html` (kit
 * answers `*\/*` with its JSON action protocol, always 200) and the site's own Origin (kit refuses
 * cross-site forms). Redirects are not followed: their status and Location are the answer.
 */
export function send(context: APIRequestContext, origin: string, ask: Ask): Promise<APIResponse> {
	const { way, spec } = ask;
	const url = urlOf(ask);
	const common = { maxRedirects: 0, failOnStatusCode: false };
	if (way === 'load') return context.get(url, { ...common, headers: { accept: 'text/html' } });
	if (ACTION.test(way)) {
		return context.post(url, {
			...common,
			headers: { accept: 'text/html', origin },
			form: spec.form ?? {}
		});
	}
	if (spec.json !== undefined) {
		return context.fetch(url, { ...common, method: way, data: spec.json });
	}
	return way === 'GET'
		? context.get(url, common)
		: context.fetch(url, { ...common, method: way, headers: { origin }, form: spec.form ?? {} });
}

/** An answer written as a cell is: the status, or `303 <location>` for a redirect. */
export function answerOf(response: APIResponse): string {
	const location = response.headers()['location'];
	return location === undefined ? String(response.status()) : `${response.status()} ${location}`;
}

/** A cell as the answer it expects; `login` is a 303 to the login page, back here afterwards. */
export function expectedAnswer(expected: Expected, ask: Pick<Ask, 'path' | 'way'>): string {
	if (expected === 'login') return `303 /login?redirectTo=${encodeURIComponent(urlOf(ask))}`;
	return String(expected);
}

const JOB_LINK = /\/report\/exports\/([a-z2-7]{32})/;

/** Starts a CSV export of the consultation as the admin and waits until the file is ready. */
export async function finishedExportJob(admin: APIRequestContext, origin: string, slug: string) {
	const exports = `/staff/consultations/${slug}/report/exports`;
	const started = await admin.post(`${exports}?/start`, {
		headers: { accept: 'text/html', origin },
		form: { kind: 'csv' },
		maxRedirects: 0
	});
	expect(started.status()).toBe(303);
	const page = await (await admin.get(exports)).text();
	const job = JOB_LINK.exec(page)?.[1];
	if (!job) throw new Error(`No export job on ${exports}`);
	const state = async () => {
		const status = await admin.get(`${exports}/${job}/status`);
		return ((await status.json()) as { state: string }).state;
	};
	await expect.poll(state, { timeout: 30_000 }).toBe('done');
	return job;
}
