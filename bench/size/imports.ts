import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseSync } from 'vite';

export interface ModuleImports {
	/** Fetched before the module runs. */
	static: string[];
	/** Fetched when `import()` runs, if ever. */
	dynamic: string[];
}

/** Read with the bundler's own parser: a route name like "/import" in a string is no import. */
export function parseImports(source: string, file = 'module.js'): ModuleImports {
	const { module, errors } = parseSync(file, source, { sourceType: 'module' });
	const [error] = errors;
	if (error) throw new Error(`${file}: ${error.message}`);
	const requests = [
		...module.staticImports.map((i) => i.moduleRequest),
		...module.staticExports.flatMap((e) => e.entries.map((x) => x.moduleRequest))
	];
	return {
		static: requests.flatMap((request) => (request ? [request.value] : [])),
		dynamic: module.dynamicImports.flatMap(({ moduleRequest: { start, end } }) => {
			// Only a literal names a file; vite's preload wrapper always passes one.
			const literal = /^(["'`])([^"'`$\\]+)\1$/.exec(source.slice(start, end));
			return literal?.[2] ? [literal[2]] : [];
		})
	};
}

/** Module files relative to `root`, read once each. */
export class ModuleGraph {
	readonly #cache = new Map<string, ModuleImports>();

	constructor(readonly root: string) {}

	imports(file: string): ModuleImports {
		let found = this.#cache.get(file);
		if (!found) {
			const parsed = parseImports(readFileSync(join(this.root, file), 'utf8'), file);
			found = {
				static: parsed.static.map((spec) => this.#resolve(file, spec)),
				dynamic: parsed.dynamic.map((spec) => this.#resolve(file, spec))
			};
			this.#cache.set(file, found);
		}
		return found;
	}

	/**
	 * Every file the browser fetches to run `roots`, each with the root that first pulled it in.
	 * A file already in `known` is neither listed nor followed.
	 */
	closure(roots: Iterable<[file: string, via: string]>, known = new Set<string>()) {
		const reached = new Map<string, string>();
		const queue = [...roots].filter(([file]) => !known.has(file));
		for (let next = queue.shift(); next; next = queue.shift()) {
			const [file, via] = next;
			if (reached.has(file) || known.has(file)) continue;
			reached.set(file, via);
			for (const dep of this.imports(file).static) queue.push([dep, via]);
		}
		return reached;
	}

	#resolve(from: string, specifier: string): string {
		if (!specifier.startsWith('.')) {
			throw new Error(`${from} imports ${specifier}: only relative imports are expected`);
		}
		const file = posix.join(posix.dirname(from), specifier);
		if (!existsSync(join(this.root, file))) {
			throw new Error(`${from} imports ${specifier}, which is not in ${this.root}`);
		}
		return file;
	}
}
