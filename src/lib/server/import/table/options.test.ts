import { describe, expect, it } from 'vitest';
import * as sut from './options';

describe('importOptionsFromForm', () => {
	it('reads the channel and an optional event', () => {
		expect(sut.importOptionsFromForm({ channel: 'paper', event_id: '' })).toEqual({
			ok: true,
			channel: 'paper',
			eventId: null
		});
		expect(sut.importOptionsFromForm({ channel: 'import', event_id: '12' })).toEqual({
			ok: true,
			channel: 'import',
			eventId: 12
		});
	});

	it('refuses a channel a table cannot have and an event id that is no number', () => {
		expect(sut.importOptionsFromForm({ channel: 'kiosk', event_id: '1; drop' })).toEqual({
			ok: false,
			errors: { channel: { code: 'invalid_choice' }, event_id: { code: 'invalid_choice' } }
		});
	});
});
