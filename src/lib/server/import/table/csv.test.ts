import { describe, expect, it } from 'vitest';
import * as sut from './csv';

describe('detectDelimiter', () => {
	it.each([
		['Treść;Dzielnica;Wiek\n', ';'],
		['Treść,Dzielnica\n', ','],
		['Treść\tDzielnica\n', '\t'],
		['"Treść; uwagi",Dzielnica,Wiek\n', ','],
		['Treść\n"a;b;c"\n', ',']
	])('finds the delimiter of %j outside quotes', (text, delimiter) => {
		expect(sut.detectDelimiter(text)).toBe(delimiter);
	});
});

describe('parseCsv', () => {
	it('reads rows with their spreadsheet row numbers, skipping blank ones', () => {
		const text = 'Treść;Dzielnica\r\n"Ławki; i cień";Wola\r\n;\r\n"Dwie\r\nlinie";\r\nKrótki\r\n';

		expect(sut.parseCsv(text)).toEqual({
			ok: true,
			table: {
				headers: ['Treść', 'Dzielnica'],
				rows: [
					{ line: 2, cells: ['Ławki; i cień', 'Wola'] },
					{ line: 4, cells: ['Dwie\r\nlinie', ''] },
					{ line: 5, cells: ['Krótki'] }
				]
			}
		});
	});

	it('takes the delimiter from Excel’s sep= line, which is no row', () => {
		const result = sut.parseCsv('sep=,\nTreść;uwagi,Wiek\nA;b,75+\n');

		expect(result).toEqual({
			ok: true,
			table: { headers: ['Treść;uwagi', 'Wiek'], rows: [{ line: 2, cells: ['A;b', '75+'] }] }
		});
	});

	it('keeps a quote inside an unquoted cell as text', () => {
		const result = sut.parseCsv('Treść;Wiek\nPani "Basia" prosi o ławkę;75+\n');

		expect(result.ok && result.table.rows[0]?.cells[0]).toBe('Pani "Basia" prosi o ławkę');
	});

	it('reports a quote left open with the row where it opens', () => {
		const text = 'Treść;Wiek\nDobrze;30-44\n"Nie domknięty;60-74\nDalej;18-29\n';

		expect(sut.parseCsv(text)).toEqual({ ok: false, error: { code: 'broken_quote', row: 3 } });
	});

	it('calls a header without rows a file without rows', () => {
		expect(sut.parseCsv('Treść;Wiek\n;\n')).toEqual({ ok: false, error: { code: 'no_rows' } });
	});
});
