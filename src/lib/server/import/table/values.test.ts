import { describe, expect, it } from 'vitest';
import * as sut from './values';

const ok = <T>(value: T) => ({ ok: true, value });
const refused = (code: string) => ({ ok: false, code });

describe('parseDistrict', () => {
	it.each([
		['praga poludnie', 'praga-poludnie'],
		['Praga-Południe', 'praga-poludnie'],
		['  ŚRÓDMIEŚCIE ', 'srodmiescie'],
		['Białołęka', 'bialoleka'],
		['bialoleka', 'bialoleka'],
		['Włochy', 'wlochy'],
		['spoza Warszawy', 'outside-warsaw'],
		['', null]
	])('reads %j as %j', (cell, code) => {
		expect(sut.parseDistrict(cell)).toEqual(ok(code));
	});

	it.each(['Muranów', 'Wola 2'])('refuses %j, which is no district', (cell) => {
		expect(sut.parseDistrict(cell)).toEqual(refused('unknown_district'));
	});
});

describe('parseAgeBand', () => {
	it.each([
		['60-74', '60-74'],
		['60–74', '60-74'],
		['60 – 74 lata', '60-74'],
		['75+', '75-plus'],
		['75 lat i więcej', '75-plus'],
		['poniżej 18', 'under-18'],
		['Poniżej 18 lat', 'under-18'],
		['18-29', '18-29'],
		['', null]
	])('reads %j as %j', (cell, band) => {
		expect(sut.parseAgeBand(cell)).toEqual(ok(band));
	});

	it.each(['60-75', 'senior', '42'])('refuses %j', (cell) => {
		expect(sut.parseAgeBand(cell)).toEqual(refused('unknown_age_band'));
	});
});

describe('parseSpeakerKind', () => {
	it.each([
		['Mieszkanka', 'resident'],
		['organizacja pozarządowa', 'ngo'],
		['Instytucja', 'institution'],
		['', null]
	])('reads %j as %j', (cell, kind) => {
		expect(sut.parseSpeakerKind(cell)).toEqual(ok(kind));
	});

	it('refuses an unknown kind', () => {
		expect(sut.parseSpeakerKind('radny')).toEqual(refused('unknown_speaker_kind'));
	});
});

describe('parseAreas', () => {
	const areas = new Map([
		[1, 101],
		[3, 103]
	]);

	it.each([
		['1', [101]],
		['1, 3', [101, 103]],
		['3;1;3', [103, 101]],
		['', []]
	])('reads %j as the area ids %j', (cell, ids) => {
		expect(sut.parseAreas(cell, areas)).toEqual(ok(ids));
	});

	it.each(['2', '1, 2', 'pierwszy', '1-3'])('refuses %j, not the consultation’s areas', (cell) => {
		expect(sut.parseAreas(cell, areas)).toEqual(refused('unknown_area'));
	});
});

describe('parseSubmittedOn', () => {
	const today = '2026-06-05';

	it.each([
		['2018-05-29', '2018-05-29'],
		['2018-05-29T00:00:00Z', '2018-05-29'],
		['29.05.2018', '2018-05-29'],
		['9.5.2018 r.', '2018-05-09'],
		['29/05/2018', '2018-05-29'],
		['29.05.2018 17:30', '2018-05-29'],
		['43249', '2018-05-29'],
		['2026-06-05', '2026-06-05'],
		['', null]
	])('reads %j as %j', (cell, date) => {
		expect(sut.parseSubmittedOn(cell, today)).toEqual(ok(date));
	});

	it.each(['31.02.2018', '2018-13-01', 'wczoraj', '05/29/2018', '2018'])('refuses %j', (cell) => {
		expect(sut.parseSubmittedOn(cell, today)).toEqual(refused('unknown_date'));
	});

	it('refuses a date after today', () => {
		expect(sut.parseSubmittedOn('06.06.2026', today)).toEqual(refused('future_date'));
	});
});
