import type { FieldError, FieldErrors } from '$lib/schemas/form';
import type { DraftItem } from './draft';

/** The entry form's last answer from the server (always, without JavaScript). */
export interface EntryAnswer {
	raw?: string;
	tableId?: string;
	items?: DraftItem[];
	errors?: FieldErrors;
	saved?: number;
}

/** refused: the server named bad fields; failed: no answer or a server error; unstored: the
 * browser would not keep the draft. */
export type EntryProblem = 'refused' | 'failed' | 'unstored';

const NOTE_FIELD = /^notes\.(\d+)\.(\w+)$/;

/**
 * The server names a note's error by its place in the batch sent (`notes.2.text`); the form keys
 * them by UUID, so that they stay with their note while the list is edited.
 */
export function errorsByNote(
	errors: FieldErrors,
	sent: readonly string[]
): Record<string, Record<string, FieldError>> {
	const byNote: Record<string, Record<string, FieldError>> = {};
	for (const [key, error] of Object.entries(errors)) {
		const match = NOTE_FIELD.exec(key);
		const uuid = match ? sent[Number(match[1])] : undefined;
		if (!match || !uuid) continue;
		byNote[uuid] = { ...byNote[uuid], [match[2] as string]: error };
	}
	return byNote;
}

/** Each error once, in form order: where it is (note number and field) and what it is. */
export function errorList(errors: FieldErrors, sent: readonly string[]) {
	return Object.entries(errors).map(([key, error]) => {
		const match = NOTE_FIELD.exec(key);
		const index = match ? Number(match[1]) : -1;
		const uuid = sent[index];
		return {
			key,
			error,
			note: uuid ? { number: index + 1, uuid, field: match?.[2] ?? 'text' } : null
		};
	});
}
