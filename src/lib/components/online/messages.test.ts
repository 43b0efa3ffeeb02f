import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';

describe('"try again in N minutes"', () => {
	it.each([
		[1, 'za 1 minutę.'],
		[2, 'za 2 minuty.'],
		[5, 'za 5 minut.'],
		[12, 'za 12 minut.'],
		[22, 'za 22 minuty.']
	])('says %d minutes in Polish as %j', (minutes, expected) => {
		expect(m.online_error_throttled({ minutes }, { locale: 'pl' })).toContain(expected);
		expect(m.status_lookup_throttled({ minutes }, { locale: 'pl' })).toContain(expected);
	});

	it.each([
		[1, 'через 1 хвилину.'],
		[3, 'через 3 хвилини.'],
		[11, 'через 11 хвилин.'],
		[21, 'через 21 хвилину.']
	])('says %d minutes in Ukrainian as %j', (minutes, expected) => {
		expect(m.online_error_throttled({ minutes }, { locale: 'uk' })).toContain(expected);
	});

	it('says minutes in English', () => {
		expect(m.online_error_throttled({ minutes: 1 }, { locale: 'en' })).toContain('in 1 minute.');
		expect(m.online_error_throttled({ minutes: 15 }, { locale: 'en' })).toContain('in 15 minutes.');
	});
});
