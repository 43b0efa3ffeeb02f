import type { Database } from '$lib/server/db/connect';

/** The database the mocked `getDb()` of the routes under test hands out. */
export const routeDb: { current?: Database } = {};

export function getDb(): Database {
	if (!routeDb.current) throw new Error('test: no database set for the route');
	return routeDb.current;
}

/** What an action reads of SvelteKit's RequestEvent, and the headers it sets. */
export function actionEvent(
	url: string,
	params: Record<string, string>,
	form: Record<string, string | string[]>,
	locals: object = {}
) {
	const body = new FormData();
	for (const [name, value] of Object.entries(form)) {
		for (const one of [value].flat()) body.append(name, one);
	}
	const headers: Record<string, string> = {};
	const event = {
		url: new URL(url),
		params,
		locals,
		request: new Request(url, { method: 'POST', body }),
		getClientAddress: () => '192.0.2.10',
		setHeaders: (set: Record<string, string>) => Object.assign(headers, set)
	};
	return { event, headers };
}
