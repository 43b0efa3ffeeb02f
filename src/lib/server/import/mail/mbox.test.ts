import { describe, expect, it } from 'vitest';
import * as sut from './mbox';

const mbox = (text: string) => Buffer.from(text, 'latin1');
const texts = (bytes: Buffer[]) => bytes.map((b) => b.toString('latin1'));

describe('isMbox', () => {
	it('knows an mbox by its first "From " line, a message by its headers', () => {
		expect(sut.isMbox(mbox('From a@example.org Mon Jun  3 10:00:00 2024\nSubject: x\n'))).toBe(
			true
		);
		expect(sut.isMbox(mbox('\n\nFrom a@example.org Mon Jun  3 10:00:00 2024\n'))).toBe(true);
		expect(sut.isMbox(mbox('From: a@example.org\nSubject: x\n'))).toBe(false);
	});
});

describe('splitMbox', () => {
	it('splits at "From " lines that follow a blank line and precede a header', () => {
		const file = [
			'From a@example.org Mon Jun  3 10:00:00 2024',
			'Subject: Pierwsza',
			'',
			'Tresc pierwszej.',
			'',
			'From b@example.org Tue Jun  4 11:00:00 2024',
			'Subject: Druga',
			'',
			'Tresc drugiej.',
			''
		].join('\n');

		expect(texts(sut.splitMbox(mbox(file)))).toEqual([
			'Subject: Pierwsza\n\nTresc pierwszej.\n',
			'Subject: Druga\n\nTresc drugiej.\n'
		]);
	});

	it('keeps a sentence starting with "From " inside a body and unescapes ">From "', () => {
		const file = [
			'From - Mon Jun  3 10:00:00 2024',
			'Subject: x',
			'',
			'Pierwszy akapit.',
			'',
			'From my window I see the square.',
			'>From the start of this line.',
			'>>From quoted twice in mboxrd.',
			''
		].join('\n');

		const [only, ...rest] = texts(sut.splitMbox(mbox(file)));
		expect(rest).toEqual([]);
		expect(only).toContain('\nFrom my window I see the square.\n');
		expect(only).toContain('\nFrom the start of this line.\n');
		expect(only).toContain('\n>From quoted twice in mboxrd.\n');
	});

	it('tolerates CRLF line ends and keeps every byte of an 8-bit charset', () => {
		const file = Buffer.concat([
			mbox('From a@example.org Mon Jun  3 10:00:00 2024\r\nSubject: x\r\n\r\n'),
			Buffer.from([0xb3, 0xb1, 0x0d, 0x0a]),
			mbox('\r\nFrom b@example.org Mon Jun  3 10:00:00 2024\r\nSubject: y\r\n\r\nB\r\n')
		]);

		const [first, second] = sut.splitMbox(file);
		expect(first?.subarray(-4)).toEqual(Buffer.from([0xb3, 0xb1, 0x0d, 0x0a]));
		expect(second?.toString('latin1')).toBe('Subject: y\r\n\r\nB\r\n');
	});

	it('skips messages that are only whitespace', () => {
		const file = 'From a@example.org Mon Jun  3 10:00:00 2024\nX-Empty: 1\n\n\n';
		expect(texts(sut.splitMbox(mbox(file)))).toEqual(['X-Empty: 1\n']);
	});
});
