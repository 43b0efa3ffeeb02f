import { describe, expect, it } from 'vitest';
import { FIXTURES, pathOf, waysOf, WHO, type Params } from './cells';
import { matrix } from './matrix';
import { discoverRoutes } from './routes';

const discovered = await discoverRoutes();
const listed = new Map(Object.entries(matrix).map(([id, entry]) => [id, Object.keys(entry.ways)]));

const ways = (routes: Map<string, Iterable<string>>) =>
	[...routes].flatMap(([id, names]) => [...names].map((way) => `${id} ${way}`)).sort();

describe('the authorization matrix', () => {
	it('has an entry for every route and way in the source tree', () => {
		const known = new Set(ways(listed));
		expect(ways(discovered).filter((way) => !known.has(way))).toEqual([]);
	});

	it('names no route or way that no longer exists', () => {
		const real = new Set(ways(discovered));
		expect(ways(listed).filter((way) => !real.has(way))).toEqual([]);
	});

	it('has a cell for everyone on every way', () => {
		const missing = Object.entries(matrix).flatMap(([id, entry]) =>
			waysOf(entry).flatMap(([way, spec]) =>
				WHO.filter((who) => spec.expect[who] === undefined).map((who) => `${id} ${way} ${who}`)
			)
		);
		expect(missing).toEqual([]);
	});

	it('fills in every param of every route, from demo data or a known fixture', () => {
		const unknownFixture = (params: Params) =>
			Object.values(params).filter(
				(v) => v.startsWith('$') && !(FIXTURES as readonly string[]).includes(v.slice(1))
			);
		for (const [id, entry] of Object.entries(matrix)) {
			for (const [, way] of waysOf(entry)) {
				const params = way.params ?? entry.params ?? {};
				expect(() => pathOf(id, params), id).not.toThrow();
				expect(unknownFixture(params), id).toEqual([]);
			}
		}
	});
});
