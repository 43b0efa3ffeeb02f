import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModuleGraph, parseImports } from './imports';

describe('parseImports', () => {
	const sut = parseImports;

	it('reads static imports, bare imports and re-exports as a bundler writes them', () => {
		const source =
			'import{a as b,c}from"../chunks/A.js";import"./B.js";export{d}from"./C.js";' +
			'export*from"./D.js";const e=1;export{e as f};';

		expect(sut(source)).toEqual({
			static: ['../chunks/A.js', './B.js', './C.js', './D.js'],
			dynamic: []
		});
	});

	it('reads import() with any quote and skips a computed one', () => {
		const source =
			'const a=()=>import(`../nodes/1.js`),b=()=>import("./x.js"),c=n=>import(`./${n}.js`);';

		expect(sut(source)).toEqual({ static: [], dynamic: ['../nodes/1.js', './x.js'] });
	});

	it('takes no route name or message text for an import', () => {
		const source =
			'const r={"/(site)/staff/import":[-30,[2]]},m=()=>`import "x.js" here`;export{r,m};';

		expect(sut(source)).toEqual({ static: [], dynamic: [] });
	});
});

describe('ModuleGraph', () => {
	let root: string;
	const write = (file: string, source: string) => {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), source);
	};

	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'glosy-imports-'));
		write('entry/start.js', 'import{a}from"../chunks/kit.js";export{a};');
		write('chunks/kit.js', 'import"./shared.js";export const a=1;');
		write('chunks/shared.js', 'export const s=1;');
		write(
			'nodes/9.js',
			'import"../chunks/shared.js";export const l=()=>import(`../chunks/lazy.js`);'
		);
		write('chunks/lazy.js', 'import"./shared.js";import"./only-lazy.js";');
		write('chunks/only-lazy.js', 'export const o=1;');
		write('nodes/broken.js', 'import"../chunks/missing.js";');
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('follows static imports once each and names the root that reached a file first', () => {
		const sut = new ModuleGraph(root);

		const reached = sut.closure([
			['entry/start.js', 'start'],
			['nodes/9.js', 'node 9']
		]);

		expect([...reached]).toEqual([
			['entry/start.js', 'start'],
			['nodes/9.js', 'node 9'],
			['chunks/kit.js', 'start'],
			['chunks/shared.js', 'node 9']
		]);
	});

	it('counts apart what import() adds to files already loaded', () => {
		const sut = new ModuleGraph(root);
		const loaded = sut.closure([['nodes/9.js', 'node 9']]);

		const lazy = sut.closure(
			sut.imports('nodes/9.js').dynamic.map((file) => [file, 'import()'] as [string, string]),
			new Set(loaded.keys())
		);

		expect([...lazy.keys()]).toEqual(['chunks/lazy.js', 'chunks/only-lazy.js']);
	});

	it('refuses an import of a file the build does not hold', () => {
		const sut = new ModuleGraph(root);

		expect(() => sut.closure([['nodes/broken.js', 'node']])).toThrow(/missing\.js/);
	});
});
