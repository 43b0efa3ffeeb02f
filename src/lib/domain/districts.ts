/** Warsaw's 18 districts; names are proper nouns and read the same in every language. */
export const WARSAW_DISTRICTS = [
	{ code: 'bemowo', name: 'Bemowo', locative: 'Bemowa' },
	{ code: 'bialoleka', name: 'Białołęka', locative: 'Białołęki' },
	{ code: 'bielany', name: 'Bielany', locative: 'Bielan' },
	{ code: 'mokotow', name: 'Mokotów', locative: 'Mokotowa' },
	{ code: 'ochota', name: 'Ochota', locative: 'Ochoty' },
	{ code: 'praga-poludnie', name: 'Praga-Południe', locative: 'Pragi-Południe' },
	{ code: 'praga-polnoc', name: 'Praga-Północ', locative: 'Pragi-Północ' },
	{ code: 'rembertow', name: 'Rembertów', locative: 'Rembertowa' },
	{ code: 'srodmiescie', name: 'Śródmieście', locative: 'Śródmieścia' },
	{ code: 'targowek', name: 'Targówek', locative: 'Targówka' },
	{ code: 'ursus', name: 'Ursus', locative: 'Ursusa' },
	{ code: 'ursynow', name: 'Ursynów', locative: 'Ursynowa' },
	{ code: 'wawer', name: 'Wawer', locative: 'Wawra' },
	{ code: 'wesola', name: 'Wesoła', locative: 'Wesołej' },
	{ code: 'wilanow', name: 'Wilanów', locative: 'Wilanowa' },
	{ code: 'wlochy', name: 'Włochy', locative: 'Włoch' },
	{ code: 'wola', name: 'Wola', locative: 'Woli' },
	{ code: 'zoliborz', name: 'Żoliborz', locative: 'Żoliborza' }
] as const;

export type WarsawDistrict = (typeof WARSAW_DISTRICTS)[number]['code'];

/** Besides the districts a resident may say they live outside Warsaw or prefer not to say. */
export const DISTRICT_CODES = [
	...WARSAW_DISTRICTS.map((d) => d.code),
	'outside-warsaw',
	'undisclosed'
] as const;
export type DistrictCode = WarsawDistrict | 'outside-warsaw' | 'undisclosed';

export function isDistrictCode(value: unknown): value is DistrictCode {
	return typeof value === 'string' && (DISTRICT_CODES as readonly string[]).includes(value);
}

export function warsawDistrict(code: string | null | undefined) {
	return WARSAW_DISTRICTS.find((d) => d.code === code);
}
