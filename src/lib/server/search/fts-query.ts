import { fold } from '$lib/domain/fold';

const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
const MIN_STEM = 4;

// Inflectional endings of Polish nouns and adjectives, folded, longest first: „sąsiadów”,
// „sąsiadami”, „sąsiadom” all reach the stem „sasiad”, which then matches as a prefix.
const ENDINGS = [
	'owie',
	'ami',
	'ach',
	'owi',
	'ego',
	'emu',
	'ych',
	'ich',
	'ymi',
	'imi',
	'iem',
	'ow',
	'om',
	'em',
	'ie',
	'ej',
	'ia',
	'iu',
	'mi',
	'a',
	'e',
	'i',
	'y',
	'u',
	'o'
];

export function stem(term: string): string {
	for (const ending of ENDINGS) {
		if (term.endsWith(ending) && term.length - ending.length >= MIN_STEM) {
			return term.slice(0, -ending.length);
		}
	}
	return term;
}

/**
 * Turns what an analyst typed into an FTS5 query that cannot fail: only folded letters and
 * digits survive, so quotes, asterisks, parentheses, NEAR, AND/OR/NOT are plain words. Every
 * term must occur, as a prefix of its stem. Null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
	const terms = fold(input)
		.split(/[^a-z0-9]+/)
		.filter((t) => t.length > 0)
		.slice(0, MAX_TERMS)
		.map((t) => stem(t.slice(0, MAX_TERM_LENGTH)));
	if (terms.length === 0) return null;
	return [...new Set(terms)].map((t) => `"${t}"*`).join(' ');
}

/** A search (from ftsQuery) in the opinions' text alone, never in the index's `scope` column. */
export function inText(match: string): string {
	return `text : (${match})`;
}

/**
 * A search (from ftsQuery) among one consultation's opinions: the index's `scope` column holds
 * the token `k<consultation id>`, so FTS5 keeps to the consultation inside the index. This costs
 * more than inText where the consultation holds most opinions (FTS5 intersects the words with
 * every opinion of it), and spares looking each match up in the comments.
 */
export function inConsultation(consultationId: number, match: string): string {
	if (!Number.isSafeInteger(consultationId) || consultationId < 0) {
		throw new RangeError(`Not a consultation id: ${consultationId}`);
	}
	return `scope : "k${consultationId}" AND ${inText(match)}`;
}
