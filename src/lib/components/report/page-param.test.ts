import { describe, expect, it } from 'vitest';
import { reportPageParam, versionParam } from './page-param';

describe('reportPageParam', () => {
	it.each([
		['?strona=3', 3],
		['', 1],
		['?strona=0', 1],
		['?strona=-2', 1],
		['?strona=abc', 1],
		['?strona=1e3', 1]
	])('%s → page %d', (query, page) => {
		expect(reportPageParam(new URL(`http://x/raport${query}`))).toBe(page);
	});
});

describe('versionParam', () => {
	it.each([
		['1', 1],
		['12', 12],
		['0', null],
		['01', null],
		['-1', null],
		['1.5', null],
		['abc', null],
		['99999999999', null]
	])('%s → %s', (value, version) => {
		expect(versionParam(value)).toBe(version);
	});
});
