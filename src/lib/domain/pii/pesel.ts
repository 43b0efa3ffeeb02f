import { spansOf, type PiiSpan } from './types';

const ELEVEN_DIGITS = /(?<![\p{L}\p{N}])\d{11}(?![\p{L}\p{N}])/gu;
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** The month carries the century: +80 for the 1800s, +20 for the 2000s, +40, +60 beyond. */
const CENTURY_BY_OFFSET: Record<number, number> = {
	80: 1800,
	0: 1900,
	20: 2000,
	40: 2100,
	60: 2200
};

function validDate(digits: string): boolean {
	const yy = Number(digits.slice(0, 2));
	const encodedMonth = Number(digits.slice(2, 4));
	const day = Number(digits.slice(4, 6));
	const offset = Math.floor(encodedMonth / 20) * 20;
	const century = CENTURY_BY_OFFSET[offset];
	const month = encodedMonth - offset;
	if (century === undefined || month < 1 || month > 12 || day < 1) return false;
	const daysInMonth = new Date(Date.UTC(century + yy, month, 0)).getUTCDate();
	return day <= daysInMonth;
}

export function isPesel(digits: string): boolean {
	if (!/^\d{11}$/.test(digits)) return false;
	const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
	return (10 - (sum % 10)) % 10 === Number(digits[10]) && validDate(digits);
}

export function findPesels(text: string): PiiSpan[] {
	return spansOf(text, ELEVEN_DIGITS, 'pesel').filter((span) =>
		isPesel(text.slice(span.start, span.end))
	);
}
