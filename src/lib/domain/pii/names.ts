import { declinedForms } from './declension';
import { FEMALE_NAMES, MALE_NAMES } from './first-names';
import { adjacent, isCapitalised, tokenize, type Token } from './tokens';
import type { PiiSpan } from './types';

const FIRST_NAME_FORMS = new Set([...FEMALE_NAMES, ...MALE_NAMES].flatMap(declinedForms));

const HONORIFICS = new Set(
	'pan pani pana panu panem panią panie państwo państwa państwu panowie panów'.split(' ')
);

/** After „Pani” a title is not a name: „Pani Prezydent”, „Pan Burmistrz”. */
const TITLE =
	/^(?:Wice)?(?:Prezydent|Burmistrz|Dyrektor|Minister|Premier|Radn|Profesor|Doktor|Marsza[łl]|Wojew[oó]d|Starost|Naczelnik|Kierownik|Prezes|Rzecznik|Senator|Pos[łe]|Sołtys|Komendant|Inspektor|Sędzi|Mecenas|Ksi[ęą]dz|Redaktor|Przewodnicząc|Wójt|(?:Bóg|Boga|Bogu)$)/u;

/** Names of streets, squares, schools and saints are not people to protect. */
const PLACE_WORDS = new Set(
	`ul ulica ulicy ulicę ulicą al aleja alei aleję aleją pl plac placu placem os osiedle osiedla
	osiedlu rondo ronda rondzie most mostu moście park parku skwer skweru skwerze bulwar bulwaru
	bulwarze im imienia św święty święta świętego świętej pomnik pomnika pomniku kościół kościoła
	kościele szkoła szkoły szkole trasa trasy trasie`.split(/\s+/)
);
const ABBREVIATIONS = new Set('gen ks kard prof bp abp płk marsz dr hab inż bł'.split(' '));

const SURNAME_ENDING =
	/(?:(?:sk|ck|dzk)(?:i|a|iego|iej|iemu|im|ą)|wicz(?:a|owi|em|u)?|(?:czyk|czak|ak|ek|ik|yk|uk)(?:a|owi|iem)?|ówna)$/u;

function isFirstName(token: Token | undefined): boolean {
	return !!token && FIRST_NAME_FORMS.has(token.word);
}

function looksLikeSurname(token: Token | undefined): boolean {
	return (
		!!token &&
		isCapitalised(token.word) &&
		token.word.length >= 5 &&
		SURNAME_ENDING.test(token.word)
	);
}

/** „ul. Jana Pawła”, „im. Marii Konopnickiej”, „ul. gen. Józefa Bema”: a patron, not a person. */
function namesAPlace(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1]?.word.toLowerCase();
	if (before === undefined) return false;
	if (PLACE_WORDS.has(before)) return true;
	return ABBREVIATIONS.has(before) && PLACE_WORDS.has(tokens[i - 2]?.word.toLowerCase() ?? '');
}

/** Two words of one name: side by side on one line, the second capitalised. */
function follows(text: string, left: Token | undefined, right: Token | undefined): right is Token {
	return !!left && !!right && adjacent(text, left, right) && isCapitalised(right.word);
}

/** How many tokens from i make a name, 0 if none: first name(s) and surname, either order. */
function nameLength(text: string, tokens: Token[], i: number): number {
	const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
	if (isFirstName(a) && follows(text, a, b)) return isFirstName(b) && follows(text, b, c) ? 3 : 2;
	if (looksLikeSurname(a) && follows(text, a, b) && isFirstName(b)) return 2;
	return 0;
}

/** „pani Kowalska”, „Pana Jana Nowaka”: the capitalised words after a form of address. */
function afterHonorific(text: string, tokens: Token[], i: number): number {
	const [honorific, a, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
	if (!honorific || !HONORIFICS.has(honorific.word.toLowerCase())) return 0;
	if (!follows(text, honorific, a) || TITLE.test(a.word)) return 0;
	return follows(text, a, b) && !TITLE.test(b.word) ? 2 : 1;
}

export function findNames(text: string): PiiSpan[] {
	const tokens = tokenize(text);
	const spans: PiiSpan[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const honoured = afterHonorific(text, tokens, i);
		const from = honoured ? i + 1 : i;
		const length = honoured || (namesAPlace(tokens, i) ? 0 : nameLength(text, tokens, i));
		const [first, last] = [tokens[from], tokens[from + length - 1]];
		if (length === 0 || !first || !last) continue;
		spans.push({ kind: 'name', start: first.start, end: last.end });
		i = from + length - 1;
	}
	return spans;
}
