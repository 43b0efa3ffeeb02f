import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form';
import { OPINION_LIMITS } from './opinion';
import * as sut from './meeting-notes';

const uuid = '0b6f5c38-3c55-4f53-9d4b-0f0a3c1e2d11';

function form(entries: [string, string][]) {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
}

function parseBatch(entries: [string, string][]) {
	return v.safeParse(sut.noteBatchSchema, sut.noteBatchInput(form(entries)));
}

describe('noteBatchSchema', () => {
	it('reads notes from indexed fields, in index order, with empty choices as null', () => {
		const result = parseBatch([
			['tableId', '7'],
			['notes.1.uuid', 'AAAAAAAA-3C55-4F53-9D4B-0F0A3C1E2D11'],
			['notes.1.text', ' Druga\r\nlinia '],
			['notes.1.speakerKind', 'ngo'],
			['notes.1.areaId', '3'],
			['notes.0.uuid', uuid],
			['notes.0.text', 'Pierwsza'],
			['notes.0.speakerKind', ''],
			['notes.0.areaId', ''],
			['unrelated', 'x']
		]);

		expect(result.output).toEqual({
			tableId: 7,
			notes: [
				{ uuid, text: 'Pierwsza', speakerKind: null, areaId: null },
				{
					uuid: 'aaaaaaaa-3c55-4f53-9d4b-0f0a3c1e2d11',
					text: 'Druga\nlinia',
					speakerKind: 'ngo',
					areaId: 3
				}
			]
		});
	});

	it('takes an empty table as the whole meeting', () => {
		const result = parseBatch([
			['tableId', ''],
			['notes.0.uuid', uuid],
			['notes.0.text', 'x']
		]);

		expect(result.output).toMatchObject({ tableId: null });
	});

	it('reports each bad field under its own form name', () => {
		const result = parseBatch([
			['tableId', 'abc'],
			['notes.0.uuid', 'not-a-uuid'],
			['notes.0.text', '   '],
			['notes.0.speakerKind', 'mayor'],
			['notes.0.areaId', '-1'],
			['notes.1.uuid', uuid],
			['notes.1.text', 'x'.repeat(OPINION_LIMITS.recordedText + 1)]
		]);

		expect(fieldErrors(result.issues ?? [])).toEqual({
			tableId: { code: 'invalid_choice' },
			'notes.0.uuid': { code: 'invalid_uuid' },
			'notes.0.text': { code: 'required' },
			'notes.0.speakerKind': { code: 'invalid_choice' },
			'notes.0.areaId': { code: 'invalid_choice' },
			'notes.1.text': { code: 'too_long', limit: OPINION_LIMITS.recordedText }
		});
	});

	it('refuses an empty batch', () => {
		expect(fieldErrors(parseBatch([['tableId', '']]).issues ?? [])).toMatchObject({
			notes: { code: 'no_notes' }
		});
	});

	it('refuses more notes than a batch holds and a UUID sent twice', () => {
		const many = Array.from({ length: sut.NOTE_LIMITS.batch + 1 }, (_, i): [string, string][] => [
			[`notes.${i}.uuid`, crypto.randomUUID()],
			[`notes.${i}.text`, 'x']
		]).flat();
		const twice: [string, string][] = [
			['notes.0.uuid', uuid],
			['notes.0.text', 'a'],
			['notes.1.uuid', uuid.toUpperCase()],
			['notes.1.text', 'b']
		];

		expect(fieldErrors(parseBatch(many).issues ?? []).notes?.code).toBe('too_many');
		expect(fieldErrors(parseBatch(twice).issues ?? []).notes?.code).toBe('invalid_uuid');
	});
});

describe('noteEditSchema', () => {
	it('accepts a text with optional speaker and area', () => {
		const result = v.safeParse(sut.noteEditSchema, {
			text: ' Nowa treść ',
			speakerKind: 'resident'
		});

		expect(result.output).toEqual({ text: 'Nowa treść', speakerKind: 'resident', areaId: null });
	});
});

describe('meetingRecordSchema', () => {
	const parse = (entries: [string, string][]) =>
		v.safeParse(sut.meetingRecordSchema, sut.meetingRecordInput(form(entries)));

	it('reads counts, minutes, checked measures and per-table counts', () => {
		const result = parse([
			['participants_count', '48'],
			['minutes', ' Prezentacja,\r\npotem stoliki. '],
			['accessibility', 'pjm_interpreter'],
			['accessibility', 'step_free'],
			['accessibility', 'pjm_interpreter'],
			['tables.4', '16'],
			['tables.5', '']
		]);

		expect(result.output).toEqual({
			participants_count: 48,
			minutes: 'Prezentacja,\npotem stoliki.',
			accessibility: ['pjm_interpreter', 'step_free'],
			tables: [
				{ id: 4, participantsCount: 16 },
				{ id: 5, participantsCount: null }
			]
		});
	});

	it('takes an empty form as nothing recorded', () => {
		expect(parse([]).output).toEqual({
			participants_count: null,
			minutes: '',
			accessibility: [],
			tables: []
		});
	});

	it('refuses long minutes, unknown measures and bad counts', () => {
		const result = parse([
			['participants_count', 'dużo'],
			['minutes', 'x'.repeat(sut.NOTE_LIMITS.minutes + 1)],
			['accessibility', 'helicopter'],
			['tables.4', '-3']
		]);

		expect(fieldErrors(result.issues ?? [])).toEqual({
			participants_count: { code: 'invalid_count' },
			minutes: { code: 'too_long', limit: sut.NOTE_LIMITS.minutes },
			'accessibility.0': { code: 'invalid_choice' },
			'tables.4': { code: 'invalid_count' }
		});
	});
});
