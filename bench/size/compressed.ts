import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

export interface FileSizes extends Sizes {
	file: string;
}

export interface Bundle extends Sizes {
	files: FileSizes[];
}

export function fileSizes(root: string, file: string): FileSizes {
	const bytes = readFileSync(join(root, file));
	return {
		file,
		raw: bytes.length,
		gzip: gzipSync(bytes, { level: 9 }).length,
		brotli: brotliCompressSync(bytes, {
			params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY }
		}).length
	};
}

/** Each file compressed on its own, as the browser fetches them one by one. */
export function bundle(root: string, files: Iterable<string>): Bundle {
	const sized = [...new Set(files)].map((file) => fileSizes(root, file));
	const sum = (key: keyof Sizes) => sized.reduce((total, file) => total + file[key], 0);
	return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), files: sized };
}
