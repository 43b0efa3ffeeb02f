import { WARSAW_DISTRICTS, type DistrictCode } from '$lib/domain/districts';
import type { AgeBand, SpeakerKind } from '$lib/domain/vocabularies';
import { fold } from '$lib/domain/fold';

/** A cell read as a field's value; an empty cell is null, not an error. */
export type CellValue<T> = { ok: true; value: T | null } | { ok: false; code: string };

const empty = { ok: true, value: null } as const;
const refused = (code: string) => ({ ok: false, code }) as const;

function lookup<T>(table: ReadonlyMap<string, T>, code: string) {
	return (cell: string): CellValue<T> => {
		const key = fold(cell);
		if (key === '') return empty;
		const value = table.get(key);
		return value === undefined ? refused(code) : { ok: true, value };
	};
}

const districtNames = new Map<string, DistrictCode>([
	...WARSAW_DISTRICTS.flatMap((d) => [
		[fold(d.code), d.code] as const,
		[fold(d.name), d.code] as const
	]),
	...['outside warsaw', 'poza warszawa', 'spoza warszawy'].map(
		(n) => [n, 'outside-warsaw'] as const
	),
	...['undisclosed', 'wole nie podawac', 'nie podano', 'odmowa'].map(
		(n) => [n, 'undisclosed'] as const
	)
]);

/** A code or a Polish name in any case, with or without diacritics: "praga poludnie". */
export const parseDistrict = lookup(districtNames, 'unknown_district');

const ageBandNames: [AgeBand, string[]][] = [
	['under-18', ['under 18', 'ponizej 18', 'ponizej 18 lat', 'do 17', 'do 17 lat', '<18', '0 17']],
	['18-29', ['18 29', '18 29 lat']],
	['30-44', ['30 44', '30 44 lata']],
	['45-59', ['45 59', '45 59 lat']],
	['60-74', ['60 74', '60 74 lata']],
	['75-plus', ['75+', '75 plus', '75 lat i wiecej', '75 i wiecej', '75 and over', 'powyzej 74']]
];

/** "60-74", "60–74", "60–74 lata", "75+", "poniżej 18" … */
export const parseAgeBand = lookup(
	new Map(ageBandNames.flatMap(([band, names]) => names.map((n) => [n, band] as const))),
	'unknown_age_band'
);

const speakerNames: [SpeakerKind, string[]][] = [
	[
		'resident',
		['resident', 'mieszkaniec', 'mieszkanka', 'mieszkaniec lub mieszkanka', 'osoba prywatna']
	],
	['ngo', ['ngo', 'organizacja', 'organizacja pozarzadowa', 'stowarzyszenie', 'fundacja']],
	['institution', ['institution', 'instytucja', 'urzad', 'jednostka miejska']]
];

export const parseSpeakerKind = lookup(
	new Map(speakerNames.flatMap(([kind, names]) => names.map((n) => [n, kind] as const))),
	'unknown_speaker_kind'
);

/** Area codes as written on a card, "1" or "1, 3", each one of the consultation's areas. */
export function parseAreas(
	cell: string,
	areaIdsByCode: ReadonlyMap<number, number>
): CellValue<number[]> {
	const text = cell.trim();
	if (text === '') return { ok: true, value: [] };
	if (!/^\d{1,3}(\s*[,;/ ]\s*\d{1,3})*$/.test(text)) return refused('unknown_area');
	const ids = text.split(/[^\d]+/).map((code) => areaIdsByCode.get(Number(code)));
	if (ids.some((id) => id === undefined)) return refused('unknown_area');
	return { ok: true, value: [...new Set(ids as number[])] };
}

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const polish = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*r\.?)?(?:,?\s+[\d:.]+)?$/;
// Excel counts days from 30 December 1899; five digits span 1927 to 2173.
const excelSerial = /^\d{5}(?:\.\d+)?$/;

function calendarDate(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	const valid =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return valid ? date.toISOString().slice(0, 10) : undefined;
}

/** YYYY-MM-DD, DD.MM.YYYY (Polish order also with / or -) or an Excel day number; not after `today`. */
export function parseSubmittedOn(cell: string, today: string): CellValue<string> {
	const text = cell.trim();
	if (text === '') return empty;
	let date: string | undefined;
	const isoMatch = iso.exec(text);
	const polishMatch = polish.exec(text);
	if (isoMatch) date = calendarDate(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
	else if (polishMatch) {
		date = calendarDate(Number(polishMatch[3]), Number(polishMatch[2]), Number(polishMatch[1]));
	} else if (excelSerial.test(text)) {
		date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000)
			.toISOString()
			.slice(0, 10);
	}
	if (date === undefined) return refused('unknown_date');
	return date > today ? refused('future_date') : { ok: true, value: date };
}
