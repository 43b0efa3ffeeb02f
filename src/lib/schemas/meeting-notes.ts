import * as v from 'valibot';
import { ACCESSIBILITY_FEATURES, SPEAKER_KINDS } from '$lib/domain/vocabularies';
import { optionalCount, optionalPicklistOf } from './fields';
import { recordedOpinionText } from './opinion';

export const NOTE_LIMITS = {
	/** Notes saved at once: a table's whole session, well under the 1 MiB form limit. */
	batch: 100,
	minutes: 5000
};

/** A row id from a form field; '' means none. */
const optionalId = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.union(
		[v.literal(''), v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'invalid_choice'))],
		'invalid_choice'
	),
	v.transform((s) => (s === '' ? null : Number(s)))
);

const noteFields = {
	text: recordedOpinionText,
	speakerKind: optionalPicklistOf(SPEAKER_KINDS),
	areaId: optionalId
};

/** One note as edited after it was saved. */
export const noteEditSchema = v.object(noteFields);
export type NoteEdit = v.InferOutput<typeof noteEditSchema>;

export const noteSchema = v.object({
	// Made by the browser (or the server's preview): a retried save replays, never duplicates.
	uuid: v.pipe(v.string('invalid_uuid'), v.trim(), v.toLowerCase(), v.uuid('invalid_uuid')),
	...noteFields
});
export type Note = v.InferOutput<typeof noteSchema>;

export const noteBatchSchema = v.object({
	/** null: said to the whole meeting rather than at one table. */
	tableId: optionalId,
	notes: v.pipe(
		v.array(noteSchema),
		v.minLength(1, 'no_notes'),
		v.maxLength(NOTE_LIMITS.batch, 'too_many'),
		v.check((notes) => new Set(notes.map((n) => n.uuid)).size === notes.length, 'invalid_uuid')
	)
});
export type NoteBatch = v.InferOutput<typeof noteBatchSchema>;

const NOTE_FIELD = /^notes\.(\d{1,4})\.(uuid|text|speakerKind|areaId)$/;

/** The batch form's fields `notes.<i>.<field>` as a list, in index order, gaps closed. */
export function noteBatchInput(form: FormData) {
	const byIndex = new Map<number, Record<string, string>>();
	for (const [key, value] of form) {
		const match = NOTE_FIELD.exec(key);
		if (!match || typeof value !== 'string') continue;
		const index = Number(match[1]);
		const item = byIndex.get(index) ?? {};
		item[match[2] as string] = value;
		byIndex.set(index, item);
	}
	const notes = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
	const tableId = form.get('tableId');
	return { tableId: typeof tableId === 'string' ? tableId : '', notes };
}

export const meetingRecordSchema = v.object({
	participants_count: optionalCount,
	minutes: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.replace(/\r\n?/g, '\n')),
		v.trim(),
		v.maxLength(NOTE_LIMITS.minutes, 'too_long')
	),
	accessibility: v.pipe(
		v.array(v.picklist(ACCESSIBILITY_FEATURES, 'invalid_choice')),
		v.transform((features) => [...new Set(features)])
	),
	/** Participants per table, keyed by the table's id. */
	tables: v.pipe(
		v.record(v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'invalid_choice')), optionalCount),
		v.transform((counts) =>
			Object.entries(counts).map(([id, count]) => ({ id: Number(id), participantsCount: count }))
		)
	)
});
export type MeetingRecord = v.InferOutput<typeof meetingRecordSchema>;

const TABLE_FIELD = /^tables\.(\d{1,12})$/;

export function meetingRecordInput(form: FormData) {
	const tables: Record<string, string> = {};
	for (const [key, value] of form) {
		const match = TABLE_FIELD.exec(key);
		if (match && typeof value === 'string') tables[match[1] as string] = value;
	}
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		participants_count: text('participants_count'),
		minutes: text('minutes'),
		accessibility: form.getAll('accessibility').filter((f) => typeof f === 'string'),
		tables
	};
}
