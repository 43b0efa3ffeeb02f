import type { WarsawDistrict } from './districts';

/**
 * Residents per district, for the report's representativeness table. Figures of Statistics
 * Poland (GUS) as of 30 June 2024, as published by Życie Warszawy; replace them with the year
 * closest to the consultation when the office has them.
 */
export const DISTRICT_POPULATION = {
	source: 'Główny Urząd Statystyczny (GUS), za: Życie Warszawy',
	sourceUrl:
		'https://zyciewarszawy.pl/aktualnosci/art42599621-najnowsze-dane-o-warszawie-wynagrodzenia-popularnosc-dzielnic-liczba-mieszkancow',
	asOf: '2024-06-30',
	residents: {
		bemowo: 129_146,
		bialoleka: 160_386,
		bielany: 130_910,
		mokotow: 225_149,
		ochota: 79_115,
		'praga-poludnie': 185_633,
		'praga-polnoc': 59_263,
		rembertow: 24_888,
		srodmiescie: 97_073,
		targowek: 122_758,
		ursus: 70_248,
		ursynow: 149_326,
		wawer: 89_166,
		wesola: 26_659,
		wilanow: 52_855,
		wlochy: 50_554,
		wola: 150_588,
		zoliborz: 58_685
	} satisfies Record<WarsawDistrict, number>
} as const;
