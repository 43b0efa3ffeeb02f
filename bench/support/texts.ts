import * as phrases from './phrases';
import type { Random } from './random';

const ASCII: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z',
	Ł: 'L',
	Ś: 'S',
	Ż: 'Z'
};

/** A sentence the way residents write them: a problem and where, or a proposal; why, sometimes. */
function sentence(random: Random): string {
	const [, locative] = random.pick(phrases.districts);
	const where = random.chance(0.3) ? `na ${locative}` : random.pick(phrases.places);
	const opener = random.chance(0.4) ? `${random.pick(phrases.openers)} ` : '';
	const reason = random.chance(0.5) ? `, ${random.pick(phrases.reasons)}` : '';
	const text = random.chance(0.6)
		? `${opener}${random.pick(phrases.problems)} ${where}${reason}` +
			(random.chance(0.6) ? `, ${random.pick(phrases.proposals)}` : '')
		: `${opener}${random.pick(phrases.proposals)}${random.chance(0.5) ? ` ${where}` : ''}${reason}`;
	const end = random.weighted([
		['.', 16],
		['!', 4],
		['!!', 2],
		['', 1]
	] as const);
	return text.charAt(0).toUpperCase() + text.slice(1) + end;
}

function email(random: Random): string {
	const first = random.pick(phrases.firstNames);
	const last = random.pick(phrases.lastNames);
	return `${withoutDiacritics(`${first}.${last}`).toLowerCase()}@example.org`;
}

function phone(random: Random): string {
	return `${random.pick(['5', '6', '7', '8'])}${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)}`;
}

function wordsIn(text: string): number {
	let spaces = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
	return spaces + 1;
}

export function withoutDiacritics(text: string): string {
	return text.replace(/[ąćęłńóśźżŁŚŻ]/g, (c) => ASCII[c] ?? c);
}

const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();

/** Typos in about a share of the words: a swapped, dropped or doubled letter. */
function typos(random: Random, text: string, share: number): string {
	let result = text;
	const count = Math.floor((result.length / 6) * share + random.next());
	for (let n = 0; n < count; n++) {
		let start = random.int(0, result.length - 1);
		let end = start;
		while (isLetter(result[start - 1])) start--;
		while (isLetter(result[end])) end++;
		if (end - start < 4) continue;
		const at = random.int(start + 1, end - 3);
		const [a, b] = [result[at]!, result[at + 1]!];
		const edit = random.pick([b + a, b, a + a + b]);
		result = result.slice(0, at) + edit + result.slice(at + 2);
	}
	return result;
}

export interface TextStyle {
	words: readonly [min: number, max: number];
	/** Share of texts typed without Polish letters, as on a phone or a foreign keyboard. */
	ascii: number;
	typos: number;
	contact: number;
}

/** A Polish-like opinion of roughly min…max words, short ones far more common than long ones. */
export function opinionText(random: Random, style: TextStyle): string {
	const [min, max] = style.words;
	const target = min + Math.floor((max - min) * random.next() ** 2.5);
	const sentences: string[] = [];
	let words = 0;
	while (words < target) {
		const next = sentence(random);
		sentences.push(next);
		words += wordsIn(next);
	}
	let text = sentences.join(random.chance(0.15) ? '\n' : ' ');
	if (words > 30 && random.chance(0.3)) text += ` ${random.pick(phrases.closers)}`;
	if (random.chance(style.contact)) {
		text += random.chance(0.5) ? ` Mój mail: ${email(random)}` : ` Tel. ${phone(random)}`;
	}
	if (random.chance(style.ascii)) text = withoutDiacritics(text);
	if (random.chance(0.1)) text = text.toLowerCase();
	return typos(random, text, style.typos);
}

/** One campaign letter with a resident's small edits and, sometimes, a signature. */
export function campaignText(random: Random): string {
	let text = random.pick(phrases.campaigns);
	if (random.chance(0.3)) text = text.replace('.', '!');
	if (random.chance(0.3)) {
		text = `${random.pick(phrases.openers)} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
	}
	if (random.chance(0.5)) {
		text += `\nPozdrawiam,\n${random.pick(phrases.firstNames)} ${random.pick(phrases.lastNames)}`;
	}
	return typos(random, text, 0.02);
}
