import { describe, expect, it } from 'vitest';
import { docxFilename, versionParam } from './response';

const url = (query: string) =>
	new URL(`http://localhost/staff/consultations/x/report/export/docx${query}`);

describe('versionParam', () => {
	it.each([
		['', null],
		['?version=1', 1],
		['?version=12', 12],
		['?version=0', undefined],
		['?version=-1', undefined],
		['?version=1.5', undefined],
		['?version=abc', undefined],
		['?version=', undefined],
		['?version=01', undefined],
		['?version=9999999999', undefined]
	])('reads %j as %j', (query, expected) => {
		expect(versionParam(url(query))).toBe(expected);
	});
});

describe('docxFilename', () => {
	it('names a version by its number and the live report as a draft', () => {
		expect(docxFilename('program-wspolnota-2018', 2)).toBe('raport-program-wspolnota-2018-v2.docx');
		expect(docxFilename('program-wspolnota-2018', null)).toBe(
			'raport-program-wspolnota-2018-roboczy.docx'
		);
	});
});
