/**
 * Meeting notes arrive as typed or pasted lines: each line or bullet is one opinion. Shared by the
 * browser's preview and the server's no-JavaScript preview, so both split the same way.
 */

// A bullet mark or a number, then whitespace: "- ", "• ", "1. ", "2) ", "a) ".
const BULLET = /^(?:[-*+•◦▪‣·–—]|\d{1,3}[.)]|[a-zA-Z]\))(?:\s+|$)/;
const INDENT = /^[ \t\u00a0]+/;

export function splitNoteLines(raw: string): string[] {
	const notes: string[] = [];
	// Only a bullet's note takes the indented lines under it; a blank line ends it.
	let openBullet = false;
	for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
		const content = line.trim();
		if (content === '') {
			openBullet = false;
			continue;
		}
		const bullet = BULLET.exec(content);
		if (!bullet && openBullet && INDENT.test(line)) {
			notes[notes.length - 1] += ` ${content}`;
			continue;
		}
		const text = bullet ? content.slice(bullet[0].length).trim() : content;
		openBullet = bullet !== null && text !== '';
		if (text !== '') notes.push(text);
	}
	return notes;
}

/** Joins note `index` with the next one; the merged note keeps the first one's other fields. */
export function mergeWithNext<T extends { text: string }>(items: readonly T[], index: number): T[] {
	const first = items[index];
	const second = items[index + 1];
	if (!first || !second) return [...items];
	const text = [first.text.trim(), second.text.trim()].filter(Boolean).join(' ');
	return [...items.slice(0, index), { ...first, text }, ...items.slice(index + 2)];
}

/**
 * Cuts note `index` at a caret offset into two; the second half becomes a new item made by
 * `make` (which gives it its own identity). Nothing changes when either half would be empty.
 */
export function splitAtCaret<T extends { text: string }>(
	items: readonly T[],
	index: number,
	offset: number,
	make: (text: string, from: T) => T
): T[] {
	const item = items[index];
	if (!item) return [...items];
	const before = item.text.slice(0, offset).trim();
	const after = item.text.slice(offset).trim();
	if (before === '' || after === '') return [...items];
	return [
		...items.slice(0, index),
		{ ...item, text: before },
		make(after, item),
		...items.slice(index + 1)
	];
}
