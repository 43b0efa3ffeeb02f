import { strFromU8, unzipSync } from 'fflate';
import { xml2js, type Element } from 'xml-js';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface DocxParagraph {
	style: string | null;
	text: string;
}

/** A Word package opened the way a test needs it: its parts, its paragraphs, its images. */
export interface DocxPackage {
	parts: string[];
	documentXml: string;
	/** Parsed strictly: a malformed document.xml throws. */
	document: Element;
	paragraphs: DocxParagraph[];
	/** All text of the body, paragraphs joined by newlines. */
	text: string;
	images: Uint8Array[];
}

function* descendants(element: Element, name: string): Generator<Element> {
	for (const child of element.elements ?? []) {
		if (child.name === name) yield child;
		yield* descendants(child, name);
	}
}

const textOf = (element: Element) =>
	[...descendants(element, 'w:t')]
		.flatMap((t) => t.elements ?? [])
		.map((node) => String(node.text ?? ''))
		.join('');

function styleOf(paragraph: Element): string | null {
	const style = [...descendants(paragraph, 'w:pStyle')][0];
	return style ? String(style.attributes?.['w:val'] ?? '') : null;
}

export function readDocx(file: Buffer): DocxPackage {
	const files = unzipSync(new Uint8Array(file));
	const documentXml = strFromU8(files['word/document.xml']!);
	const document = xml2js(documentXml, { compact: false }) as Element;
	const paragraphs = [...descendants(document, 'w:p')].map((p) => ({
		style: styleOf(p),
		text: textOf(p)
	}));
	return {
		parts: Object.keys(files),
		documentXml,
		document,
		paragraphs,
		text: paragraphs.map((p) => p.text).join('\n'),
		images: Object.entries(files)
			.filter(([name]) => name.startsWith('word/media/') && name.endsWith('.png'))
			.map(([, bytes]) => bytes)
	};
}

export const headings = (docx: DocxPackage, style: string) =>
	docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);

export { descendants };
