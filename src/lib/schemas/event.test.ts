import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { errorsOf, formOf } from './testing';
import { eventSchema as sut, tableSchema } from './event';

const valid = {
	kind: 'open_meeting',
	title: 'Otwarte spotkanie konsultacyjne',
	district: 'wola',
	starts_at: '2018-05-29T17:30',
	ends_at: '2018-05-29T20:00',
	participants_count: '48'
};

const errorsFor = (fields: Record<string, string>) => errorsOf(sut, fields);

describe('eventSchema', () => {
	it('accepts a meeting and turns the count into a number', () => {
		expect(parseForm(sut, formOf(valid))).toEqual({
			ok: true,
			data: {
				...valid,
				participants_count: 48,
				place: '',
				address: '',
				organiser: '',
				accessibility_notes: ''
			}
		});
	});

	it('stores empty optional fields as null', () => {
		const result = parseForm(sut, formOf({ kind: 'online', title: 'Formularz online' }));
		expect(result.ok && result.data).toMatchObject({
			district: null,
			starts_at: null,
			ends_at: null,
			participants_count: null
		});
	});

	it.each(['praga', 'Wola', 'warszawa'])('rejects the district %j', (district) => {
		expect(errorsFor({ ...valid, district })).toEqual({ district: { code: 'invalid_choice' } });
	});

	it.each(['outside-warsaw', 'undisclosed', 'praga-polnoc'])(
		'accepts the district %j',
		(district) => {
			expect(errorsFor({ ...valid, district })).toEqual({});
		}
	);

	it('puts an end before the start on ends_at', () => {
		const errors = errorsFor({
			...valid,
			starts_at: '2018-05-29T20:00',
			ends_at: '2018-05-29T17:30'
		});
		expect(errors).toEqual({ ends_at: { code: 'ends_before_starts' } });
	});

	it.each(['abc', '-1', '4.5', '1234567'])('rejects %j participants', (count) => {
		expect(errorsFor({ ...valid, participants_count: count })).toEqual({
			participants_count: { code: 'invalid_count' }
		});
	});

	it('rejects an unknown kind and a malformed start', () => {
		expect(errorsFor({ ...valid, kind: 'party', starts_at: '29.05.2018 17:30' })).toEqual({
			kind: { code: 'invalid_choice' },
			starts_at: { code: 'invalid_datetime' }
		});
	});
});

describe('tableSchema', () => {
	it('reads the area id and the count as numbers', () => {
		const result = parseForm(
			tableSchema,
			formOf({ name: 'Stolik 1', area_id: '3', participants_count: '16' })
		);
		expect(result).toEqual({
			ok: true,
			data: { name: 'Stolik 1', area_id: 3, participants_count: 16 }
		});
	});

	it('treats an empty area as no area and rejects a non-numeric one', () => {
		const empty = parseForm(tableSchema, formOf({ name: 'Stolik 1', area_id: '' }));
		expect(empty.ok && empty.data.area_id).toBeNull();
		const bad = parseForm(tableSchema, formOf({ name: 'Stolik 1', area_id: '1 OR 1=1' }));
		expect(bad.ok ? {} : bad.errors).toEqual({ area_id: { code: 'invalid_choice' } });
	});
});
