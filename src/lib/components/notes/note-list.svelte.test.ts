import { describe, expect, it } from 'vitest';
import { NoteList } from './note-list.svelte';

const texts = (list: NoteList) => list.items.map((item) => item.text);

describe('NoteList', () => {
	it('appends a note per line, each with its own UUID and the table’s area', () => {
		const sut = new NoteList([], () => '7');

		expect(sut.append('- Ławki\n  przy Nowolipiu\n2. Potańcówki')).toBe(2);
		expect(sut.append('  \n')).toBe(0);

		expect(texts(sut)).toEqual(['Ławki przy Nowolipiu', 'Potańcówki']);
		expect(sut.items.every((item) => item.areaId === '7' && item.speakerKind === '')).toBe(true);
		expect(new Set(sut.items.map((item) => item.uuid)).size).toBe(2);
	});

	it('inserts, merges, splits and removes, returning the note to focus', () => {
		const sut = new NoteList([], () => '');
		sut.append('a\nb c');

		const inserted = sut.insertAfter(0);
		expect(sut.items[1]?.uuid).toBe(inserted);
		expect(sut.remove(1)).toBe(sut.items[1]?.uuid);
		expect(sut.split(1, 1)).toBe(sut.items[2]?.uuid);
		expect(texts(sut)).toEqual(['a', 'b', 'c']);
		expect(sut.merge(0)).toBe(sut.items[0]?.uuid);
		expect(texts(sut)).toEqual(['a b', 'c']);
	});

	it('keeps the split note’s area for both halves', () => {
		const sut = new NoteList(
			[{ uuid: 'u', text: 'ab', speakerKind: 'ngo', areaId: '3' }],
			() => '9'
		);

		sut.split(0, 1);

		expect(sut.items.map((item) => item.areaId)).toEqual(['3', '3']);
	});

	it('moves pre-tags from the old table’s area to the new one and drops empty notes', () => {
		const sut = new NoteList(
			[
				{ uuid: 'a', text: 'x', speakerKind: '', areaId: '1' },
				{ uuid: 'b', text: ' ', speakerKind: '', areaId: '2' }
			],
			() => ''
		);

		sut.retag('1', '5');
		expect(sut.dropEmpty()).toBe(true);
		expect(sut.dropEmpty()).toBe(false);

		expect(sut.items).toEqual([{ uuid: 'a', text: 'x', speakerKind: '', areaId: '5' }]);
	});
});
