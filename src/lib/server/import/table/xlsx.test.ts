import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as sut from './xlsx';

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	fill(book.addWorksheet('Karty'));
	book.addWorksheet('Inny arkusz').addRow(['Nie ten arkusz']);
	return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('parseXlsx', () => {
	it('reads the first worksheet: dates, numbers, rich text and formulas as text', async () => {
		const bytes = await workbook((sheet) => {
			sheet.addRow(['Treść', 'Data', 'Obszar', 'Dzielnica']);
			sheet.addRow([
				{ richText: [{ text: 'Zażółć ' }, { text: 'gęślą jaźń', font: { bold: true } }] },
				new Date(Date.UTC(2018, 4, 29)),
				3,
				{ formula: 'UPPER("wola")', result: 'WOLA' }
			]);
			sheet.addRow([]);
			sheet.addRow(['Krótki wiersz']);
		});

		expect(await sut.parseXlsx(bytes)).toEqual({
			ok: true,
			table: {
				headers: ['Treść', 'Data', 'Obszar', 'Dzielnica'],
				rows: [
					{ line: 2, cells: ['Zażółć gęślą jaźń', '2018-05-29', '3', 'WOLA'] },
					{ line: 4, cells: ['Krótki wiersz', '', '', ''] }
				]
			}
		});
	});

	it('reads a hyperlink by its text', () => {
		expect(sut.cellText({ text: 'strona', hyperlink: 'https://um.warszawa.pl' })).toBe('strona');
	});

	it.each([
		['a CSV named .xlsx', new TextEncoder().encode('Treść;Wiek\nA;75+\n')],
		['a truncated ZIP', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00])]
	])('refuses %s as not a table', async (_name, bytes) => {
		expect(await sut.parseXlsx(bytes)).toEqual({ ok: false, error: { code: 'not_table' } });
	});

	it('calls a sheet with only a header a file without rows', async () => {
		const bytes = await workbook((sheet) => sheet.addRow(['Treść']));

		expect(await sut.parseXlsx(bytes)).toEqual({ ok: false, error: { code: 'no_rows' } });
	});
});
