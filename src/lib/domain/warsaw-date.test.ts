import { describe, expect, it } from 'vitest';
import { nextDay, warsawDate as sut, warsawDayStart } from './warsaw-date';

describe('warsawDate', () => {
	it.each([
		['2026-06-04T21:59:59Z', '2026-06-04'],
		['2026-06-04T22:00:00Z', '2026-06-05'],
		['2026-01-01T22:59:59Z', '2026-01-01'],
		['2026-01-01T23:00:00Z', '2026-01-02'],
		['2026-12-31T23:30:00Z', '2027-01-01']
	])('reads %s as the Warsaw day %s', (instant, expected) => {
		expect(sut(new Date(instant))).toBe(expected);
	});
});

describe('warsawDayStart', () => {
	it('is midnight in Warsaw, summer and winter, including the days the clocks change', () => {
		expect(warsawDayStart('2018-05-29')).toBe('2018-05-28T22:00:00.000Z');
		expect(warsawDayStart('2018-12-01')).toBe('2018-11-30T23:00:00.000Z');
		expect(warsawDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
		expect(warsawDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
	});

	it('gives the next calendar day across months and years', () => {
		expect(nextDay('2018-05-31')).toBe('2018-06-01');
		expect(nextDay('2020-12-31')).toBe('2021-01-01');
	});
});
