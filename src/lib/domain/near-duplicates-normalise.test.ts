import { describe, expect, it } from 'vitest';
import { duplicateKey, foldText, withoutSignature } from './near-duplicates-normalise';

describe('foldText', () => {
	it.each([
		['Zażółć GĘŚLĄ jaźń!!', 'zazolc gesla jazn'],
		['  „Więcej   ławek” — proszę…  ', 'wiecej lawek prosze'],
		['Łódź, ul. Piotrkowska 12/3', 'lodz ul piotrkowska 12 3'],
		['e\u0301cole', 'ecole'],
		['привіт, Київ!', 'привіт киів'],
		['😀 tak 😀', 'tak'],
		['!!!', '']
	])('%j → %j', (text, expected) => {
		expect(foldText(text)).toBe(expected);
	});
});

describe('withoutSignature', () => {
	it('cuts from a sign-off line or a „-- ” line on', () => {
		expect(withoutSignature('Więcej ławek.\nPozdrawiam serdecznie\nAnna')).toBe('Więcej ławek.');
		expect(withoutSignature('Więcej ławek.\nZ poważaniem,\nJan')).toBe('Więcej ławek.');
		expect(withoutSignature('Więcej ławek.\n-- \nJan, tel. 600 100 200')).toBe('Więcej ławek.');
	});

	it('keeps a first line that starts like a sign-off, and text without one', () => {
		expect(withoutSignature('Pozdrawiam sąsiadów z Woli!\nWięcej ławek.')).toBe(
			'Pozdrawiam sąsiadów z Woli!\nWięcej ławek.'
		);
		expect(withoutSignature('Więcej ławek, proszę.')).toBe('Więcej ławek, proszę.');
	});
});

describe('duplicateKey', () => {
	it('is the same for copies that differ in case, punctuation, spacing and signature', () => {
		const key = duplicateKey('Więcej ławek w parku!');
		expect(duplicateKey('WIĘCEJ ławek  w parku…\n\nPozdrawiam,\nEwa')).toBe(key);
		expect(duplicateKey('wiecej lawek w parku')).toBe(key);
	});
});
