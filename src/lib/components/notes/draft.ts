/** A note as the entry form holds it: form values, so a draft restores exactly what was typed. */
export interface DraftItem {
	uuid: string;
	text: string;
	speakerKind: string;
	areaId: string;
}

/** An unsaved batch of meeting notes, kept in the browser until the server has stored it. */
export interface NoteDraft {
	raw: string;
	items: DraftItem[];
	tableId: string;
	savedAt: string;
}

const PREFIX = 'glosy:notes-draft';

/** One draft per user, meeting and table: two facilitators may share a laptop. */
export function draftKey(userId: number, eventId: number, tableId: string): string {
	return `${PREFIX}:${userId}:${eventId}:${tableId || 'meeting'}`;
}

export function isEmptyDraft(draft: Pick<NoteDraft, 'raw' | 'items'>): boolean {
	return draft.raw.trim() === '' && draft.items.every((item) => item.text.trim() === '');
}

export function readDraft(storage: Storage, key: string): NoteDraft | null {
	try {
		const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
		return isDraft(value) ? value : null;
	} catch {
		return null;
	}
}

/** The most recently saved draft of this user for this meeting, whichever table it was for. */
export function latestDraft(storage: Storage, userId: number, eventId: number): NoteDraft | null {
	const prefix = `${PREFIX}:${userId}:${eventId}:`;
	let latest: NoteDraft | null = null;
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		const draft = key?.startsWith(prefix) ? readDraft(storage, key) : null;
		if (draft && !isEmptyDraft(draft) && (!latest || draft.savedAt > latest.savedAt)) {
			latest = draft;
		}
	}
	return latest;
}

/** An empty draft is removed rather than stored. False when the browser refused to store it. */
export function writeDraft(storage: Storage, key: string, draft: NoteDraft): boolean {
	try {
		if (isEmptyDraft(draft)) storage.removeItem(key);
		else storage.setItem(key, JSON.stringify(draft));
		return true;
	} catch {
		return false;
	}
}

function isDraft(value: unknown): value is NoteDraft {
	if (typeof value !== 'object' || value === null) return false;
	const draft = value as Record<string, unknown>;
	return (
		typeof draft.raw === 'string' &&
		typeof draft.tableId === 'string' &&
		typeof draft.savedAt === 'string' &&
		Array.isArray(draft.items) &&
		draft.items.every(isItem)
	);
}

function isItem(value: unknown): value is DraftItem {
	if (typeof value !== 'object' || value === null) return false;
	const item = value as Record<string, unknown>;
	return ['uuid', 'text', 'speakerKind', 'areaId'].every((k) => typeof item[k] === 'string');
}
