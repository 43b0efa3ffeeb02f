import { describe, expect, it } from 'vitest';
import * as sut from './format';

/** Polish groups thousands with a no-break space, so "1 200" never wraps. */
const nbsp = '\u00a0';

describe('formatNumber', () => {
	it.each([
		[0, 'pl', '0'],
		[5, 'pl', '5'],
		[1200, 'pl', `1${nbsp}200`],
		[1234567, 'pl', `1${nbsp}234${nbsp}567`],
		[2.5, 'pl', '2,5'],
		[1200, 'en', '1,200'],
		[2.5, 'en', '2.5']
	])('formats %d in %s as %j', (value, locale, expected) => {
		expect(sut.formatNumber(value, locale)).toBe(expected);
	});
});

describe('formatPercent', () => {
	it.each([
		[0.125, 'pl', '12,5%'],
		[0.5, 'pl', '50%'],
		[1, 'pl', '100%'],
		[0.125, 'en', '12.5%']
	])('formats %d in %s as %j', (share, locale, expected) => {
		expect(sut.formatPercent(share, locale)).toBe(expected);
	});

	it.each([NaN, Infinity, -Infinity])('shows a dash for %d (e.g. 0 of 0 opinions)', (share) => {
		expect(sut.formatPercent(share, 'pl')).toBe('—');
	});
});

describe('formatDate', () => {
	it.each([
		['2018-05-29', 'pl', '29 maja 2018 r.'],
		['2018-05-29T17:30', 'pl', '29 maja 2018 r.'],
		['2018-06-13', 'pl', '13 czerwca 2018 r.'],
		['2018-05-29', 'en', 'May 29, 2018']
	])('formats %j in %s as %j', (value, locale, expected) => {
		expect(sut.formatDate(value, locale)).toBe(expected);
	});

	it('reads wall-clock values as Warsaw time, not as UTC', () => {
		expect(sut.formatDate('2018-05-29T23:30', 'pl')).toBe('29 maja 2018 r.');
	});

	it('shows an instant on the Warsaw calendar day', () => {
		expect(sut.formatDate('2018-05-29T23:30:00Z', 'pl')).toBe('30 maja 2018 r.');
		expect(sut.formatDate(new Date('2018-05-29T23:30:00Z'), 'pl')).toBe('30 maja 2018 r.');
	});
});

describe('formatTime', () => {
	it.each([
		['2018-05-29T17:30', '17.30'],
		['2018-01-29T17:30', '17.30'],
		['2018-05-29T09:05', '09.05'],
		['2018-05-29T15:30:00Z', '17.30']
	])('formats %j in Polish as %j', (value, expected) => {
		expect(sut.formatTime(value, 'pl')).toBe(expected);
	});

	it('keeps the English clock with a colon', () => {
		expect(sut.formatTime('2018-05-29T17:30', 'en')).toMatch(/^0?5:30\sPM$/);
	});
});

describe('formatTimeRange', () => {
	it('joins Polish hours with an en dash', () => {
		expect(sut.formatTimeRange('2018-05-29T17:30', '2018-05-29T20:00', 'pl')).toBe('17.30–20.00');
	});

	it('joins English hours with an en dash', () => {
		expect(sut.formatTimeRange('2018-05-29T17:30', '2018-05-29T20:00', 'en')).toMatch(
			/^0?5:30\sPM–0?8:00\sPM$/
		);
	});

	it('shows only the start when there is no end', () => {
		expect(sut.formatTimeRange('2018-05-29T17:30', null, 'pl')).toBe('17.30');
	});
});

describe('clock changes in Warsaw', () => {
	it.each([
		['2018-03-25T01:30', '01.30'],
		['2018-10-28T01:30', '01.30'],
		['2018-10-28T03:15', '03.15']
	])('formatTime keeps the wall-clock time %s', (value, expected) => {
		expect(sut.formatTime(value, 'pl')).toBe(expected);
	});

	it('keeps a range across the autumn change', () => {
		expect(sut.formatTimeRange('2018-10-28T00:30', '2018-10-28T01:45', 'pl')).toBe('00.30–01.45');
	});
});

describe('formatDateTime', () => {
	it('joins the Polish date and hour of an instant in Warsaw time', () => {
		expect(sut.formatDateTime('2018-05-29T15:30:00.000Z', 'pl')).toBe('29 maja 2018 r., 17.30');
	});
});
