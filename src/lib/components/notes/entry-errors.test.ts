import { describe, expect, it } from 'vitest';
import * as sut from './entry-errors';

const sent = ['u-a', 'u-b', 'u-c'];

describe('errorsByNote', () => {
	it('moves each note’s errors from its place in the batch to its UUID', () => {
		const errors = {
			'notes.0.text': { code: 'too_long', limit: 10000 },
			'notes.2.areaId': { code: 'invalid_choice' },
			'notes.2.text': { code: 'required' },
			tableId: { code: 'invalid_choice' }
		};

		expect(sut.errorsByNote(errors, sent)).toEqual({
			'u-a': { text: { code: 'too_long', limit: 10000 } },
			'u-c': { areaId: { code: 'invalid_choice' }, text: { code: 'required' } }
		});
	});

	it('drops errors of a place no note was sent from', () => {
		expect(sut.errorsByNote({ 'notes.7.text': { code: 'required' } }, sent)).toEqual({});
	});
});

describe('errorList', () => {
	it('names the note and field of each error, and keeps form-wide ones apart', () => {
		const list = sut.errorList(
			{ 'notes.1.speakerKind': { code: 'invalid_choice' }, notes: { code: 'too_many' } },
			sent
		);

		expect(list).toEqual([
			{
				key: 'notes.1.speakerKind',
				error: { code: 'invalid_choice' },
				note: { number: 2, uuid: 'u-b', field: 'speakerKind' }
			},
			{ key: 'notes', error: { code: 'too_many' }, note: null }
		]);
	});
});
