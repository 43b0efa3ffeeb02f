import { describe, expect, it } from 'vitest';
import { warsawDate as sut } from './warsaw-date';

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
