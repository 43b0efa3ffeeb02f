import { describe, expect, it } from 'vitest';
import { ftsQuery, inConsultation, inText, stem } from './fts-query';

describe('ftsQuery', () => {
	it.each([
		['łódź', '"lodz"*'],
		['Łódź Bałuty', '"lodz"* "balut"*'],
		['sąsiadów', '"sasiad"*'],
		['ŻÓŁTE ławki', '"zolt"* "lawk"*'],
		['dom dom', '"dom"*']
	])('folds and stems %j to %j', (input, expected) => {
		expect(ftsQuery(input)).toBe(expected);
	});

	it.each([
		['"ławki" NEAR(park, 5)', '"lawk"* "near"* "park"* "5"*'],
		['park*', '"park"*'],
		['((zieleń', '"zielen"*'],
		['a OR b NOT c', '"a"* "or"* "b"* "not"* "c"*'],
		["'; drop table comments; --", '"drop"* "tabl"* "comments"*'],
		['col:text ^start', '"col"* "text"* "start"*']
	])('makes operators plain words: %j', (input, expected) => {
		expect(ftsQuery(input)).toBe(expected);
	});

	it.each(['', '   ', '"*()^:', '🙂🙂', '\u0000\u0007'])(
		'has nothing to search for in %j',
		(input) => {
			expect(ftsQuery(input)).toBeNull();
		}
	);

	it('bounds the number and the length of terms', () => {
		const query = ftsQuery(
			`${'x'.repeat(500)} ${'słowo '.repeat(50)} ${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')}`
		);
		expect(query?.split(' ').length).toBeLessThanOrEqual(12);
		expect(query?.length).toBeLessThan(400);
	});
});

describe('stem', () => {
	it('keeps at least four letters', () => {
		expect(stem('domy')).toBe('domy');
		expect(stem('ulica')).toBe('ulic');
	});
});

describe('inText and inConsultation', () => {
	it('keep the words to the text, and the search to the consultation’s token', () => {
		expect(inText('"w"* "park"*')).toBe('text : ("w"* "park"*)');
		expect(inConsultation(12, '"w"* "park"*')).toBe('scope : "k12" AND text : ("w"* "park"*)');
	});

	it.each([-1, 1.5, Number.NaN, 2 ** 60])('refuses %s as a consultation id', (id) => {
		expect(() => inConsultation(id, '"park"*')).toThrow(RangeError);
	});
});
