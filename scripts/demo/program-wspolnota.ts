import type { DistrictCode } from '../../src/lib/domain/districts';

/** The 2018 Program Wspólnota consultation as the demo shows it; events are illustrative. */
export const consultation = {
	slug: 'program-wspolnota-2018',
	title: 'Program Wspólnota — konsultacje wizji i wartości',
	description:
		'Program Wspólnota jest programem wykonawczym celu 1.1 strategii #Warszawa2030 „Dbamy o siebie nawzajem”. Pierwszy etap konsultacji dotyczy wizji i wartości programu.',
	vision_text:
		'Warszawa jest miastem, w którym mieszkańcy i mieszkanki znają swoich sąsiadów, współdziałają na rzecz swojego otoczenia i czują się u siebie. Program Wspólnota ma wspierać lokalne społeczności: otwartość i relacje, aktywność i współpracę oraz poczucie przynależności do miejsca.',
	questions: [
		'Czym dla Ciebie jest wspólnota?',
		'Jak rozwijać i wspierać lokalne społeczności w Warszawie?',
		'Jak dbać o siebie nawzajem?'
	],
	opens_on: '2018-05-15',
	closes_on: '2018-06-13',
	status: 'closed' as const,
	rodo_clause:
		'Administratorem danych osobowych jest Prezydent m.st. Warszawy, pl. Bankowy 3/5, 00-950 Warszawa. Kontakt z inspektorem ochrony danych: iod@um.warszawa.pl. Dane przetwarzamy w celu przeprowadzenia konsultacji społecznych, na podstawie art. 6 ust. 1 lit. e RODO (zadanie realizowane w interesie publicznym). Podanie danych (dzielnica, wiek) jest dobrowolne; opinię można przekazać anonimowo. Adres e-mail podany do odpowiedzi przetwarzamy na podstawie zgody, do czasu jej wycofania lub zakończenia konsultacji. Masz prawo dostępu do danych, ich sprostowania, ograniczenia przetwarzania, wniesienia sprzeciwu oraz skargi do Prezesa UODO.'
};

export const areas = [
	{
		code: 1,
		name_pl: 'Budowanie otwartości i wspieranie nawiązywania relacji w środowisku lokalnym',
		name_en: 'Building openness and supporting relationships in the local community',
		description:
			'Jak sprawić, żeby sąsiedzi się poznawali, rozmawiali i byli otwarci na nowe osoby.',
		colour: '#1f5fa8'
	},
	{
		code: 2,
		name_pl: 'Rozwijanie aktywności społecznej i współpracy lokalnej',
		name_en: 'Developing social activity and local cooperation',
		description:
			'Jak zachęcać ludzi do działania razem: wolontariat, lokalne inicjatywy, organizacje.',
		colour: '#a34d00'
	},
	{
		code: 3,
		name_pl: 'Budowanie poczucia przynależności i identyfikacji z miejscem',
		name_en: 'Building a sense of belonging and identification with the place',
		description: 'Jak sprawić, żeby ludzie czuli się u siebie w swojej okolicy i dbali o nią.',
		colour: '#2e7d32'
	}
];

export const themes: { name: string; area: number | null; description: string }[] = [
	{
		name: 'Spotkania sąsiedzkie',
		area: 1,
		description: 'Pikniki, podwórka, okazje do poznania się.'
	},
	{
		name: 'Integracja nowych mieszkańców',
		area: 1,
		description: 'Nowe osiedla, migranci, osoby, które się wprowadziły.'
	},
	{ name: 'Relacje międzypokoleniowe', area: 1, description: 'Seniorzy, dzieci i młodzież razem.' },
	{ name: 'Miejsca spotkań', area: 2, description: 'Domy kultury, MAL, biblioteki, świetlice.' },
	{
		name: 'Wolontariat i pomoc sąsiedzka',
		area: 2,
		description: 'Pomoc osobom starszym, samotnym, chorym.'
	},
	{
		name: 'Wsparcie dla inicjatyw lokalnych',
		area: 2,
		description: 'Mikrogranty, organizacje, partnerstwa lokalne.'
	},
	{
		name: 'Informacja i komunikacja',
		area: 2,
		description: 'Jak się dowiedzieć, co dzieje się w okolicy.'
	},
	{
		name: 'Przestrzeń publiczna i zieleń',
		area: 3,
		description: 'Podwórka, skwery, ławki, drzewa.'
	},
	{
		name: 'Tożsamość i historia miejsca',
		area: 3,
		description: 'Lokalna historia, tradycje, duma z dzielnicy.'
	},
	{ name: 'Bezpieczeństwo', area: null, description: 'Poczucie bezpieczeństwa w okolicy.' },
	{
		name: 'Dostępność i włączanie',
		area: null,
		description: 'Osoby z niepełnosprawnościami, bariery, język.'
	}
];

export const openMeeting = {
	kind: 'open_meeting' as const,
	title: 'Otwarte spotkanie konsultacyjne',
	place: 'Centrum Aktywności Międzypokoleniowej',
	address: 'ul. Nowolipie 25b',
	district: 'wola' as DistrictCode,
	organiser: 'Centrum Komunikacji Społecznej',
	starts_at: '2018-05-29T17:30',
	ends_at: '2018-05-29T20:00',
	participants_count: 48,
	accessibility_notes:
		'Tłumacz polskiego języka migowego (PJM). Budynek dostosowany do potrzeb osób z niepełnosprawnościami.',
	tables: [
		{ name: 'Stolik 1 – otwartość i relacje', area: 1, participants_count: 16 },
		{ name: 'Stolik 2 – aktywność i współpraca', area: 2, participants_count: 14 },
		{ name: 'Stolik 3 – przynależność i miejsce', area: 3, participants_count: 18 }
	]
};

const neighbourDay = (
	title: string,
	organiser: string,
	district: DistrictCode,
	address: string,
	date: string,
	hours: [string, string],
	participants: number
) => ({
	kind: 'neighbour_day' as const,
	title,
	place: title,
	address,
	district,
	organiser,
	starts_at: `${date}T${hours[0]}`,
	ends_at: `${date}T${hours[1]}`,
	participants_count: participants,
	accessibility_notes: ''
});

export const neighbourDays = [
	neighbourDay(
		'Piknik na podwórku przy Kasprowicza',
		'Dom Kultury Bielany',
		'bielany',
		'ul. Kasprowicza 30',
		'2018-05-26',
		['12:00', '17:00'],
		64
	),
	neighbourDay(
		'Sąsiedzkie grillowanie na Szmulkach',
		'Miejsce Aktywności Lokalnej Szmulki',
		'praga-polnoc',
		'ul. Radzymińska 5',
		'2018-05-26',
		['14:00', '19:00'],
		41
	),
	neighbourDay(
		'Wyprzedaż garażowa na Kabatach',
		'Stowarzyszenie Sąsiedzi z Kabat',
		'ursynow',
		'ul. Wańkowicza 1',
		'2018-05-27',
		['10:00', '15:00'],
		55
	),
	neighbourDay(
		'Sadzenie kwiatów na Bródnie',
		'Biblioteka Publiczna Targówek',
		'targowek',
		'ul. Kondratowicza 20',
		'2018-06-02',
		['11:00', '14:00'],
		23
	),
	neighbourDay(
		'Piknik sąsiedzki na Sielcach',
		'Partnerstwo Lokalne Sielce',
		'mokotow',
		'ul. Chełmska 21',
		'2018-06-02',
		['13:00', '18:00'],
		47
	),
	neighbourDay(
		'Dzień Sąsiada na Tarchominie',
		'Białołęcki Ośrodek Kultury',
		'bialoleka',
		'ul. Światowida 56',
		'2018-06-03',
		['12:00', '16:00'],
		38
	),
	neighbourDay(
		'Podwórkowy festyn na Bemowie',
		'Fundacja Sąsiedzka',
		'bemowo',
		'ul. Powstańców Śląskich 44',
		'2018-06-09',
		['12:00', '17:00'],
		52
	),
	neighbourDay(
		'Śniadanie sąsiedzkie na Ochocie',
		'Dom Kultury Rakowiec',
		'ochota',
		'ul. Grójecka 93',
		'2018-06-09',
		['10:00', '13:00'],
		29
	),
	neighbourDay(
		'Piknik w Aninie',
		'Klub Mieszkańców Wawra',
		'wawer',
		'ul. Zorzy 27',
		'2018-06-10',
		['13:00', '18:00'],
		34
	)
];

export const onlineChannel = {
	kind: 'online' as const,
	title: 'Formularz online',
	place: '',
	address: '',
	district: null,
	organiser: 'Centrum Komunikacji Społecznej',
	starts_at: '2018-05-15T00:00',
	ends_at: '2018-06-13T23:59',
	participants_count: null,
	accessibility_notes: 'Formularz zgodny z WCAG 2.1 AA.'
};

export const demoUsers = [
	{
		email: 'admin@glosy.example.org',
		displayName: 'Anna Administratorka',
		role: 'admin' as const,
		password: 'demo-admin-2018'
	},
	{
		email: 'analityk@glosy.example.org',
		displayName: 'Piotr Analityk',
		role: 'analyst' as const,
		password: 'demo-analityk-2018'
	},
	{
		email: 'moderatorka@glosy.example.org',
		displayName: 'Ewa Moderatorka',
		role: 'facilitator' as const,
		password: 'demo-moderatorka-2018'
	}
];
