export interface Token {
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
	return Array.from(text.matchAll(WORD), (match) => ({
		word: match[0],
		start: match.index,
		end: match.index + match[0].length
	}));
}

/** „Anna Kowalska”, „Kowalskiej-Nowak”: an initial capital, the rest lower case. */
export function isCapitalised(word: string): boolean {
	return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word);
}

/** Two words of one name stand on one line with only spaces between them. */
export function adjacent(text: string, left: Token, right: Token): boolean {
	return /^[ \u00a0]+$/.test(text.slice(left.end, right.start));
}
