import type { ImageRun } from 'docx';

interface XmlNode {
	rootKey?: unknown;
	root?: unknown;
}

function* nodes(node: unknown): Generator<XmlNode> {
	if (typeof node !== 'object' || node === null) return;
	yield node;
	const { root } = node as XmlNode;
	if (Array.isArray(root)) for (const child of root) yield* nodes(child);
}

/**
 * docx 9.5 numbers every drawing 1 (dolanmiu/docx#2719) and Word may then call the file damaged;
 * this gives the image's `wp:docPr` its own id, unique within the document.
 */
export function withDrawingId(run: ImageRun, id: number): ImageRun {
	for (const node of nodes(run)) {
		if (node.rootKey !== 'wp:docPr' || !Array.isArray(node.root)) continue;
		const attributes = (node.root as XmlNode[]).find((child) => child.rootKey === '_attr');
		const payload = attributes?.root as { id?: { value: number } } | undefined;
		if (!payload?.id) throw new Error('docx: the drawing id moved; see drawing-id.ts');
		payload.id.value = id;
		return run;
	}
	throw new Error('docx: an image without wp:docPr; see drawing-id.ts');
}
