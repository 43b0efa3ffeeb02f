import type { PiiSpan } from './types';

const SEP = '[ \\u00a0-]';
const COUNTRY = String.raw`(?:\+[ \u00a0]?48|0048|\(\+?48\))[ \u00a0-]?`;
// Separators stay the same within one number: „600 700-800” is rare, an amount is not.
const MOBILE = String.raw`[1-9]\d{2}(?<a>${SEP}?)\d{3}\k<a>\d{3}`;
const MOBILE_PAIRS = String.raw`[1-9]\d{2}(?<b>${SEP})\d{2}\k<b>\d{2}\k<b>\d{2}`;
const AREA = String.raw`(?:\(0?[1-9]\d\)[ \u00a0]?|0?[1-9]\d${SEP}?)`;
const LANDLINE = String.raw`${AREA}(?:\d{3}${SEP}?\d{2}${SEP}?\d{2}|\d{7})`;

const PHONE = new RegExp(
	String.raw`(?<![\p{L}\p{N}_/+.,]|\d[ \u00a0.,-])(?:${COUNTRY})?(?:${MOBILE_PAIRS}|${MOBILE}|${LANDLINE})(?![\p{L}\p{N}]|[ \u00a0.,-]\d)`,
	'gu'
);

/** A number followed by one of these is an amount, a count or a measure, not a phone. */
const UNIT_AFTER =
	/^[ \u00a0]*(?:zł|zl\b|pln|złotych|złote|złoty|eur|euro|€|\$|tys|mln|mld|osób|os\.|m2|m²|km|%|r\.|rok|lat)/iu;

function isAmount(text: string, end: number, number: string): boolean {
	if (UNIT_AFTER.test(text.slice(end, end + 12))) return true;
	// Amounts round to thousands; phone numbers almost never end in „ 000”.
	return /[ \u00a0]000$/.test(number);
}

export function findPhones(text: string): PiiSpan[] {
	const spans: PiiSpan[] = [];
	for (const match of text.matchAll(PHONE)) {
		const end = match.index + match[0].length;
		if (isAmount(text, end, match[0])) continue;
		spans.push({ kind: 'phone', start: match.index, end });
	}
	return spans;
}
