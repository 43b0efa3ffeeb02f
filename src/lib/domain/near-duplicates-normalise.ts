// Sign-offs that start the part of a letter nobody writes about the consultation; folded text.
const SIGN_OFF =
	/^(pozdrawiam|pozdrowienia|serdecznie pozdrawiam|z powazaniem|z wyrazami szacunku|z gory dziekuje|dziekuje i pozdrawiam|wyslano z|sent from|best regards|kind regards|regards|з повагою)\b/u;

// Per UTF-16 unit, filled on first sight: 1 separator, 2 combining mark, 3 letter or digit.
const SEPARATOR = 1;
const MARK = 2;
const KEEP = 3;
const kind = new Uint8Array(0x10000);
const lower = new Uint16Array(0x10000);
const utf16 = new TextDecoder('utf-16le');

function classify(code: number): number {
	const unit = String.fromCharCode(code);
	if (/\p{M}/u.test(unit)) kind[code] = MARK;
	else if (/[\p{L}\p{N}]/u.test(unit)) {
		kind[code] = KEEP;
		lower[code] = unit.toLowerCase().charCodeAt(0);
	} else kind[code] = SEPARATOR;
	return kind[code];
}

/**
 * Lower case without diacritics (ł folded to l, which Unicode does not decompose), every run of
 * characters other than letters and digits one space. Table-driven: it runs over every opinion
 * of a consultation each time the duplicates are listed.
 */
export function foldText(text: string): string {
	const source = text.replace(/[łŁ]/g, 'l').normalize('NFKD');
	const out = new Uint16Array(source.length);
	let length = 0;
	let pendingSpace = false;
	for (let i = 0; i < source.length; i++) {
		const code = source.charCodeAt(i);
		const unitKind = kind[code] || classify(code);
		if (unitKind === SEPARATOR) pendingSpace = length > 0;
		else if (unitKind === KEEP) {
			if (pendingSpace) out[length++] = 32;
			pendingSpace = false;
			out[length++] = lower[code]!;
		}
	}
	return utf16.decode(out.subarray(0, length));
}

/** The text without its signature: from a „--” line or a sign-off line (not the first) on. */
export function withoutSignature(text: string): string {
	const lines = text.split('\n');
	const end = lines.findIndex(
		(line, i) => i > 0 && (/^--\s*$|^-- /.test(line) || SIGN_OFF.test(foldText(line)))
	);
	return end === -1 ? text : lines.slice(0, end).join('\n');
}

/** What two copies of one text share when only case, punctuation, spacing or signature differ. */
export function duplicateKey(text: string): string {
	return foldText(withoutSignature(text));
}

/** Words in a folded text, which has one space between each two. */
export function wordCount(key: string): number {
	let spaces = 0;
	for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) spaces++;
	return key === '' ? 0 : spaces + 1;
}
