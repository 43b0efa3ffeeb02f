export const PII_KINDS = ['email', 'phone', 'pesel', 'address', 'name'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** A stretch of text holding personal data: `text.slice(start, end)`. */
export interface PiiSpan {
	kind: PiiKind;
	start: number;
	end: number;
}

/** Every match of a global regex, as spans of one kind. */
export function spansOf(text: string, pattern: RegExp, kind: PiiKind): PiiSpan[] {
	return Array.from(text.matchAll(pattern), (match) => ({
		kind,
		start: match.index,
		end: match.index + match[0].length
	}));
}
