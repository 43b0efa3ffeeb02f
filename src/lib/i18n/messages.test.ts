import { describe, expect, it } from 'vitest';
import { m as sut } from '$lib/paraglide/messages';
import en from '../../../messages/en.json';
import pl from '../../../messages/pl.json';
import uk from '../../../messages/uk.json';

const nbsp = '\u00a0';
const keys = (messages: object) => Object.keys(messages).filter((key) => !key.startsWith('$'));

describe('Polish plurals', () => {
	it.each([
		[1, '1 opinia'],
		[2, '2 opinie'],
		[4, '4 opinie'],
		[5, '5 opinii'],
		[12, '12 opinii'],
		[22, '22 opinie'],
		[0, '0 opinii'],
		[1200, `1${nbsp}200 opinii`]
	])('counts %d opinions as %j', (count, expected) => {
		expect(sut.comment_count({ count }, { locale: 'pl' })).toBe(expected);
	});

	it.each([
		[1, '1 osoba'],
		[2, '2 osoby'],
		[5, '5 osób'],
		[12, '12 osób'],
		[22, '22 osoby'],
		[1200, `1${nbsp}200 osób`]
	])('counts %d participants as %j', (count, expected) => {
		expect(sut.participant_count({ count }, { locale: 'pl' })).toBe(expected);
	});
});

describe('English plurals', () => {
	it.each([
		[1, '1 opinion'],
		[2, '2 opinions'],
		[0, '0 opinions'],
		[1200, '1,200 opinions']
	])('counts %d opinions as %j', (count, expected) => {
		expect(sut.comment_count({ count }, { locale: 'en' })).toBe(expected);
	});

	it.each([
		[1, '1 person'],
		[2, '2 people'],
		[22, '22 people']
	])('counts %d participants as %j', (count, expected) => {
		expect(sut.participant_count({ count }, { locale: 'en' })).toBe(expected);
	});
});

describe('message catalogues', () => {
	it('translates every Polish message into English', () => {
		const missing = keys(pl).filter((key) => !keys(en).includes(key));
		expect(missing).toEqual([]);
	});

	it('has no English message without a Polish original', () => {
		const orphans = keys(en).filter((key) => !keys(pl).includes(key));
		expect(orphans).toEqual([]);
	});

	it('has no Ukrainian message without a Polish original', () => {
		const orphans = keys(uk).filter((key) => !keys(pl).includes(key));
		expect(orphans).toEqual([]);
	});
});
