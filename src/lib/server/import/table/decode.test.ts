import { describe, expect, it } from 'vitest';
import * as sut from './decode';
import { encodeWindows1250 } from './windows-1250';

const polish = 'Treść;Dzielnica\nZażółć gęślą jaźń;Śródmieście\n';
const utf16 = (text: string, littleEndian: boolean) => {
	const bytes = new Uint8Array(2 + text.length * 2);
	const view = new DataView(bytes.buffer);
	view.setUint16(0, 0xfeff, littleEndian);
	for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
	return bytes;
};
describe('decodeTableText', () => {
	it.each([
		['UTF-8 without a BOM', new TextEncoder().encode(polish)],
		['UTF-8 with a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(polish)])],
		['UTF-16LE with a BOM', utf16(polish, true)],
		['UTF-16BE with a BOM', utf16(polish, false)],
		['windows-1250', encodeWindows1250(polish)]
	])('keeps Polish letters from %s', (_name, bytes) => {
		expect(sut.decodeTableText(bytes)).toEqual({ ok: true, text: polish });
	});

	it.each([
		['a PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj')],
		['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
		['a ZIP (an xlsx named .csv)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
		['bytes with NULs', Uint8Array.from([0x61, 0x00, 0x62, 0x3b, 0x63])],
		['bytes undefined in windows-1250', Uint8Array.from([0x61, 0x98, 0x62])]
	])('refuses %s as not a table', (_name, bytes) => {
		expect(sut.decodeTableText(bytes)).toEqual({ ok: false, error: 'not_table' });
	});

	it.each([
		['no bytes', new Uint8Array()],
		['only a BOM and blank lines', Uint8Array.from([0xef, 0xbb, 0xbf, 0x0a, 0x0d, 0x0a, 0x20])]
	])('calls a file with %s empty', (_name, bytes) => {
		expect(sut.decodeTableText(bytes)).toEqual({ ok: false, error: 'empty_file' });
	});
});
