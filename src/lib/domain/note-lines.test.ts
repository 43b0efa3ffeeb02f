import { describe, expect, it } from 'vitest';
import * as sut from './note-lines';

describe('splitNoteLines', () => {
	it('makes one note of each non-empty line, trimmed', () => {
		expect(sut.splitNoteLines('  Więcej ławek \n\n\t\nPotańcówki na podwórku  ')).toEqual([
			'Więcej ławek',
			'Potańcówki na podwórku'
		]);
	});

	it('reads Windows and old Mac line ends', () => {
		expect(sut.splitNoteLines('pierwsza\r\ndruga\rtrzecia\r\n')).toEqual([
			'pierwsza',
			'druga',
			'trzecia'
		]);
	});

	it.each([
		['- myślnik'],
		['* gwiazdka'],
		['+ plus'],
		['• kropka'],
		['– półpauza'],
		['— pauza'],
		['1. numer z kropką'],
		['12) numer z nawiasem'],
		['a) litera'],
		['B) wielka litera'],
		['-\tpo tabulatorze']
	])('strips the bullet or number in %j', (line) => {
		const [note] = sut.splitNoteLines(line);

		expect(note).not.toMatch(/^[-*+•–—\d]|^[a-zA-Z]\)/);
		expect(note?.length).toBeGreaterThan(3);
	});

	it('keeps marks that are not followed by a space as part of the text', () => {
		expect(sut.splitNoteLines('1.5 mln zł na domy kultury\n*ważne*\n-5 stopni zimą')).toEqual([
			'1.5 mln zł na domy kultury',
			'*ważne*',
			'-5 stopni zimą'
		]);
	});

	it('joins lines indented under a bullet to that bullet’s note', () => {
		const raw = [
			'- Świetlica dla seniorów',
			'  otwarta też w weekendy',
			'\tz kawą',
			'- Ławki przy Nowolipiu'
		].join('\n');

		expect(sut.splitNoteLines(raw)).toEqual([
			'Świetlica dla seniorów otwarta też w weekendy z kawą',
			'Ławki przy Nowolipiu'
		]);
	});

	it('keeps an indented line as its own note when no bullet precedes it', () => {
		expect(sut.splitNoteLines('Zwykła linia\n   wcięta linia')).toEqual([
			'Zwykła linia',
			'wcięta linia'
		]);
	});

	it('ends a bullet’s note at a blank line', () => {
		expect(sut.splitNoteLines('1. Pierwsza\n\n   osobna')).toEqual(['Pierwsza', 'osobna']);
	});

	it('treats an indented bullet as a note of its own', () => {
		expect(sut.splitNoteLines('- Główna\n  - podpunkt')).toEqual(['Główna', 'podpunkt']);
	});

	it('skips bullets with nothing after them and does not join text to them', () => {
		expect(sut.splitNoteLines('-\n  wcięta\n•   ')).toEqual(['wcięta']);
	});

	it('returns nothing for empty or blank text', () => {
		expect(sut.splitNoteLines('')).toEqual([]);
		expect(sut.splitNoteLines(' \n\t\r\n ')).toEqual([]);
	});
});

const items = (...texts: string[]) => texts.map((text, i) => ({ id: i, text }));

describe('mergeWithNext', () => {
	it('joins a note with the next, keeping the first note’s other fields', () => {
		expect(sut.mergeWithNext(items('Ławki ', ' i stoliki', 'Potańcówki'), 0)).toEqual([
			{ id: 0, text: 'Ławki i stoliki' },
			{ id: 2, text: 'Potańcówki' }
		]);
	});

	it('leaves the list alone for the last note or an index out of range', () => {
		const list = items('a', 'b');

		expect(sut.mergeWithNext(list, 1)).toEqual(list);
		expect(sut.mergeWithNext(list, -1)).toEqual(list);
		expect(sut.mergeWithNext(list, 5)).toEqual(list);
	});

	it('does not change the list it was given', () => {
		const list = items('a', 'b');

		sut.mergeWithNext(list, 0);

		expect(list).toEqual(items('a', 'b'));
	});
});

describe('splitAtCaret', () => {
	const make = (text: string) => ({ id: 99, text });

	it('cuts a note in two at the caret, the second half a new item after it', () => {
		expect(sut.splitAtCaret(items('Ławki. Potańcówki.', 'x'), 0, 7, make)).toEqual([
			{ id: 0, text: 'Ławki.' },
			{ id: 99, text: 'Potańcówki.' },
			{ id: 1, text: 'x' }
		]);
	});

	it('passes the note being split to the maker', () => {
		const split = sut.splitAtCaret(items('ab'), 0, 1, (text, from) => ({ ...from, text }));

		expect(split).toEqual([
			{ id: 0, text: 'a' },
			{ id: 0, text: 'b' }
		]);
	});

	it.each([0, 2, 12])('changes nothing when a half would be empty (caret %i)', (offset) => {
		const list = items('ab  ', 'c');

		expect(sut.splitAtCaret(list, 0, offset, make)).toEqual(list);
	});

	it('changes nothing for an index out of range', () => {
		expect(sut.splitAtCaret(items('ab'), 3, 1, make)).toEqual(items('ab'));
	});
});
