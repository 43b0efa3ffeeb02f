/** The vocabulary of the authorization matrix (matrix.ts): who asks, which way in, what answers. */

export const WHO = ['anonymous', 'kiosk', 'facilitator', 'analyst', 'admin'] as const;
export type Who = (typeof WHO)[number];

/**
 * What one cell expects: an HTTP status; `'login'`, a 303 to `/login?redirectTo=<the path asked>`;
 * or `'303 <location>'`, a 303 to exactly there.
 */
export type Expected = number | 'login' | `303 /${string}`;
export type Cells = Record<Who, Expected>;

/** A page's GET; `?/<name>` a form action (`?/default` too); or a method of a +server.ts. */
export const LOAD = 'load';
export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'fallback';
export type WayName = typeof LOAD | `?/${string}` | Method;
export const actionWay = (name: string): WayName => `?/${name}`;

/** Throwaway rows the e2e spec creates first; a param `$name` stands for one of them. */
export const FIXTURES = [
	'own',
	'ownEvent',
	'ownOpinion',
	'ownSample',
	'adminUpload',
	'adminJob'
] as const;
export type Fixture = (typeof FIXTURES)[number];
export type Params = Record<string, string>;

export interface Way {
	expect: Cells;
	/** Replaces the route's params for this way. */
	params?: Params;
	/** The form posted (actions and form endpoints); empty unless given. */
	form?: Record<string, string>;
	/** A JSON body instead of a form (the kiosk API). */
	json?: unknown;
	/** Each staff role asks with a session of its own, because the request ends it. */
	ownSession?: true;
	/** The kiosk asks with a device of its own, because the request ends it. */
	ownDevice?: true;
}

export interface RouteEntry {
	params?: Params;
	ways: Partial<Record<WayName, Cells | Way>>;
}

/** A route's ways, each in its long form. */
export function waysOf(entry: RouteEntry): [WayName, Way][] {
	return Object.entries(entry.ways).flatMap(([name, way]) =>
		way === undefined ? [] : [[name as WayName, 'expect' in way ? way : { expect: way }]]
	);
}

/** The same answer whoever asks. */
export const everyone = (expected: Expected): Cells => ({
	anonymous: expected,
	kiosk: expected,
	facilitator: expected,
	analyst: expected,
	admin: expected
});

/** A staff way: without a session (a kiosk has none) the guard sends the visitor to log in. */
export const staff = (roles: Pick<Cells, 'facilitator' | 'analyst' | 'admin'>): Cells => ({
	anonymous: 'login',
	kiosk: 'login',
	...roles
});

/** The kiosk API: only a paired device's Bearer token gets past 401. */
export const device = (expected: Expected): Cells => ({
	anonymous: 401,
	kiosk: expected,
	facilitator: 401,
	analyst: 401,
	admin: 401
});

/** The path of a route id: groups dropped, each `[param]` filled in. */
export function pathOf(routeId: string, params: Params = {}): string {
	const path = routeId
		.split('/')
		.filter((segment) => !/^\(.+\)$/.test(segment))
		.map((segment) =>
			segment.replace(/\[([^\]]+)\]/g, (_, name: string) => {
				const value = params[name];
				if (name.startsWith('.') || name.startsWith('[') || value === undefined) {
					throw new Error(`${routeId}: no value for [${name}]`);
				}
				return encodeURIComponent(value);
			})
		)
		.join('/');
	return path === '' ? '/' : path;
}
