import type { FieldErrors, FormValues } from '$lib/schemas/form';

export interface Option {
	value: string;
	label: string;
}

/** A saved note as the list shows it. */
export interface SavedNote {
	id: number;
	text: string;
	speaker_kind: string | null;
	area_id: number | null;
	status: string;
	author: string | null;
	received_at: string;
	updated_at: string | null;
	editable: boolean;
}

export interface NoteGroup {
	table: { id: number; name: string } | null;
	notes: SavedNote[];
}

/** The answer of the last edit or delete, if it was about a saved note. */
export interface NoteAnswer {
	id?: number;
	errors?: FieldErrors;
	values?: FormValues;
	refused?: 'forbidden' | 'locked';
	confirmDelete?: boolean;
	updated?: boolean;
	deleted?: boolean;
}
