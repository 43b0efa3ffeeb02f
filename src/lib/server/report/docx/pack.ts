import { Packer, type Document } from 'docx';

/** The parts of the JSZip archive docx builds, as far as packing needs them. */
interface ZipEntry {
	name: string;
	dir: boolean;
	/** The content as given; false for a string that JSZip will encode itself. */
	_dataBinary: boolean;
	_data: Promise<unknown>;
}
interface Zip {
	files: Record<string, ZipEntry>;
	file(name: string, data: Buffer): void;
	generateAsync(options: {
		type: 'nodebuffer';
		mimeType: string;
		compression: 'DEFLATE';
	}): Promise<Buffer>;
}

const compiler = (Packer as unknown as { compiler: { compile(document: Document): Zip } }).compiler;

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Packer.toBuffer, except that each XML part goes into the archive already UTF-8 encoded.
 * JSZip encodes a text part 16 384 UTF-16 units at a time: an emoji across such a boundary
 * came out as two U+FFFD (src/lib/server/export/export-hostile.test.ts).
 */
export async function packDocument(document: Document): Promise<Buffer> {
	const zip = compiler.compile(document);
	for (const entry of Object.values(zip.files)) {
		if (entry.dir || entry._dataBinary) continue;
		const text = await entry._data;
		if (typeof text !== 'string') throw new Error(`docx: ${entry.name} is not text`);
		zip.file(entry.name, Buffer.from(text, 'utf8'));
	}
	return zip.generateAsync({ type: 'nodebuffer', mimeType: DOCX_MIME, compression: 'DEFLATE' });
}
