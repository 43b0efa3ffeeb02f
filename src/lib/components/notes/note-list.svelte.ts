import { mergeWithNext, splitAtCaret, splitNoteLines } from '$lib/domain/note-lines';
import type { DraftItem } from './draft';

/**
 * The notes waiting to be saved and the edits the entry form makes to them. Each edit returns
 * the UUID of the note that should have the focus next.
 */
export class NoteList {
	items = $state<DraftItem[]>([]);

	constructor(
		items: DraftItem[],
		/** The area a new note is pre-tagged with: the chosen table's. */
		private readonly defaultArea: () => string
	) {
		this.items = items;
	}

	/** Appends a note per line or bullet of `raw`; the number of notes added. */
	append(raw: string): number {
		const lines = splitNoteLines(raw);
		this.items = [...this.items, ...lines.map((line) => this.make(line))];
		return lines.length;
	}

	insertAfter(index: number): string {
		const item = this.make();
		this.items = [...this.items.slice(0, index + 1), item, ...this.items.slice(index + 1)];
		return item.uuid;
	}

	merge(index: number): string | undefined {
		this.items = mergeWithNext(this.items, index);
		return this.items[index]?.uuid;
	}

	split(index: number, offset: number): string | undefined {
		this.items = splitAtCaret(this.items, index, offset, (text, from) => ({
			...this.make(text),
			areaId: from.areaId
		}));
		return this.items[index + 1]?.uuid;
	}

	remove(index: number): string | undefined {
		this.items = this.items.filter((_, i) => i !== index);
		return this.items[Math.min(index, this.items.length - 1)]?.uuid;
	}

	/** Notes pre-tagged with the old table's area take the new table's. */
	retag(from: string, to: string) {
		for (const item of this.items) if (item.areaId === from) item.areaId = to;
	}

	/** Notes left empty (an Enter too many) are dropped before a save; whether any were. */
	dropEmpty(): boolean {
		const kept = this.items.filter((item) => item.text.trim() !== '');
		const dropped = kept.length < this.items.length;
		if (dropped) this.items = kept;
		return dropped;
	}

	private make(text = ''): DraftItem {
		return { uuid: crypto.randomUUID(), text, speakerKind: '', areaId: this.defaultArea() };
	}
}
