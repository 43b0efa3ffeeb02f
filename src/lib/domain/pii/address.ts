import type { PiiSpan } from './types';

const PREFIX = String.raw`(?:[Uu]l(?:\.|ica|icy|icę|icą)?|[Aa]l(?:\.|eja|ei|eję|eją)|[Pp]l(?:\.|ac|acu|acem)|[Oo]s(?:\.|iedle|iedla|iedlu)|[Rr]ond(?:o|a|zie)|[Bb]ulwar(?:u|ze)?|przy)`;
const ABBREVIATION = String.raw`(?:gen|ks|kard|prof|bp|abp|płk|marsz|św|bł|dr|al)\.[ \u00a0]*`;
const WORD = String.raw`(?:${ABBREVIATION})*(?:\d{1,2}[ \u00a0]+)?\p{Lu}[\p{L}]*(?:-\p{Lu}\p{L}*)?`;
const CONNECTOR = String.raw`(?:z|ze|i|nad|pod|na|w|we|od|do)`;
const NAME = String.raw`${WORD}(?:[ \u00a0]+(?:${CONNECTOR}[ \u00a0]+)?${WORD}){0,4}`;
const UNIT = String.raw`\d{1,3}[a-zA-Z]?(?:[ \u00a0]?\/[ \u00a0]?\d{1,4}[a-zA-Z]?)?`;
const FLAT = String.raw`(?:,?[ \u00a0]*(?:m\.|m|lok\.|lok|mieszk\.)[ \u00a0]*\d{1,4}[a-zA-Z]?)?`;
const POSTCODE = String.raw`(?:,?[ \u00a0]+\d{2}-\d{3}(?:[ \u00a0]+\p{Lu}\p{Ll}+)?)?`;
const NOT_A_NUMBER_AFTER = String.raw`(?![\p{L}\p{N}]|[.,]\d|[ \u00a0]*(?:%|zł|r\.|rok|lat|osób|tys|mln|razy))`;

const ADDRESS = new RegExp(
	String.raw`(?<![\p{L}\p{N}])(${PREFIX})[ \u00a0]+(${NAME}[ \u00a0]+${UNIT}${FLAT}${POSTCODE})${NOT_A_NUMBER_AFTER}`,
	'gud'
);

/** A street, square or estate with a house number; „przy” itself stays in the text. */
export function findAddresses(text: string): PiiSpan[] {
	return Array.from(text.matchAll(ADDRESS), (match) => {
		const end = match.index + match[0].length;
		const inner = match.indices?.[2]?.[0] ?? match.index;
		return { kind: 'address' as const, start: match[1] === 'przy' ? inner : match.index, end };
	});
}
