export type CodingKey =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'area'; code: number }
	| { kind: 'themes' }
	| { kind: 'exclude' }
	| { kind: 'select' }
	| { kind: 'open' }
	| { kind: 'accept' };

interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	target: EventTarget | null;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Whether the key press is someone typing, where single letters must stay letters. */
function typing(target: EventTarget | null): boolean {
	if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
	const element = target as { tagName: string; isContentEditable?: boolean; type?: string };
	if (element.isContentEditable) return true;
	// A checkbox or radio takes Space itself, but letters and digits are free for shortcuts.
	if (element.tagName === 'INPUT' && (element.type === 'checkbox' || element.type === 'radio')) {
		return false;
	}
	return TYPING.has(element.tagName);
}

/** The workspace's shortcut for a key press, or null when the key is not one (or is typing). */
export function codingKey(event: KeyPress): CodingKey | null {
	if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return null;
	switch (event.key) {
		case 'j':
		case 'ArrowDown':
			return { kind: 'next' };
		case 'k':
		case 'ArrowUp':
			return { kind: 'previous' };
		case 't':
			return { kind: 'themes' };
		case 'x':
			return { kind: 'exclude' };
		case 's':
			return { kind: 'select' };
		case 'o':
			return { kind: 'open' };
		case 'a':
			return { kind: 'accept' };
	}
	return /^[1-9]$/.test(event.key) ? { kind: 'area', code: Number(event.key) } : null;
}
