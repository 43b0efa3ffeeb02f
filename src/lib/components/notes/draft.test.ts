import { describe, expect, it } from 'vitest';
import * as sut from './draft';

/** Storage as a browser gives it, over a Map; `full` makes it refuse writes like a full quota. */
function memoryStorage(full = false): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			map.set(k, v);
		},
		removeItem: (k) => void map.delete(k),
		clear: () => map.clear()
	};
}

const draft = (overrides: Partial<sut.NoteDraft> = {}): sut.NoteDraft => ({
	raw: '- Ławki',
	items: [{ uuid: 'u1', text: 'Ławki', speakerKind: '', areaId: '3' }],
	tableId: '4',
	savedAt: '2026-05-29T16:00:00.000Z',
	...overrides
});

describe('note drafts', () => {
	it('keeps a draft per user, meeting and table', () => {
		expect(sut.draftKey(1, 2, '4')).not.toBe(sut.draftKey(1, 2, ''));
		expect(sut.draftKey(1, 2, '4')).not.toBe(sut.draftKey(9, 2, '4'));
		expect(sut.draftKey(1, 2, '4')).not.toBe(sut.draftKey(1, 3, '4'));
	});

	it('reads back what it wrote', () => {
		const storage = memoryStorage();
		const key = sut.draftKey(1, 2, '4');

		expect(sut.writeDraft(storage, key, draft())).toBe(true);

		expect(sut.readDraft(storage, key)).toEqual(draft());
	});

	it('removes the draft instead of storing an empty one', () => {
		const storage = memoryStorage();
		const key = sut.draftKey(1, 2, '4');
		sut.writeDraft(storage, key, draft());

		sut.writeDraft(
			storage,
			key,
			draft({ raw: '  ', items: [{ ...draft().items[0]!, text: ' ' }] })
		);

		expect(storage.length).toBe(0);
	});

	it('ignores stored values that are not drafts', () => {
		const storage = memoryStorage();
		storage.setItem('a', '{oops');
		storage.setItem(
			'b',
			JSON.stringify({ raw: 'x', items: [{ uuid: 1 }], tableId: '', savedAt: '' })
		);

		expect(sut.readDraft(storage, 'a')).toBeNull();
		expect(sut.readDraft(storage, 'b')).toBeNull();
		expect(sut.readDraft(storage, 'missing')).toBeNull();
	});

	it('finds the latest draft of this user and meeting, whichever table', () => {
		const storage = memoryStorage();
		sut.writeDraft(storage, sut.draftKey(1, 2, '4'), draft());
		const later = draft({ tableId: '', savedAt: '2026-05-29T17:00:00.000Z' });
		sut.writeDraft(storage, sut.draftKey(1, 2, ''), later);
		sut.writeDraft(storage, sut.draftKey(1, 3, ''), draft({ savedAt: '2027-01-01T00:00:00Z' }));
		sut.writeDraft(storage, sut.draftKey(5, 2, ''), draft({ savedAt: '2027-01-01T00:00:00Z' }));

		expect(sut.latestDraft(storage, 1, 2)).toEqual(later);
		expect(sut.latestDraft(storage, 7, 2)).toBeNull();
	});

	it('says so when the browser refuses to store the draft', () => {
		expect(sut.writeDraft(memoryStorage(true), 'k', draft())).toBe(false);
	});
});
