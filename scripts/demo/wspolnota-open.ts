import { consultation as wspolnota2018 } from './program-wspolnota';

/**
 * An illustrative open consultation, dated around the day the demo is seeded, so that the kiosk,
 * the public pages and the online form have something that accepts opinions.
 */
export function openConsultation(today: string) {
	return {
		slug: 'wspolnota-dzialania',
		title: 'Program Wspólnota — jakie działania w Twojej okolicy?',
		description:
			'Drugi etap konsultacji Programu Wspólnota: pytamy, jakie działania pomogą sąsiadom się poznać, działać razem i czuć się u siebie.',
		vision_text: '',
		questions: [
			'Co pomogłoby Ci lepiej poznać sąsiadów?',
			'Co mogłoby się zmienić w Twojej okolicy, żeby ludzie chętniej działali razem?'
		],
		opens_on: addDays(today, -14),
		closes_on: addDays(today, 45),
		status: 'open' as const,
		rodo_clause: wspolnota2018.rodo_clause
	};
}

export function openNeighbourDay(today: string) {
	return {
		kind: 'neighbour_day' as const,
		title: 'Dzień Sąsiada na Skwerze Nowolipki',
		place: 'Skwer przy ul. Nowolipki',
		address: 'ul. Nowolipki 9',
		district: 'wola' as const,
		organiser: 'Centrum Komunikacji Społecznej',
		starts_at: `${today}T12:00`,
		ends_at: `${today}T18:00`,
		participants_count: null,
		accessibility_notes: 'Stoisko na równym terenie, ławki i cień; tablet z powiększonym tekstem.'
	};
}

/** An evening meeting on the seeding day, with a table per area, for the facilitators' notes. */
export function openMeeting(today: string) {
	return {
		kind: 'open_meeting' as const,
		title: 'Otwarte spotkanie konsultacyjne',
		place: 'Centrum Aktywności Międzypokoleniowej',
		address: 'ul. Nowolipie 25b',
		district: 'wola' as const,
		organiser: 'Centrum Komunikacji Społecznej',
		starts_at: `${today}T17:30`,
		ends_at: `${today}T20:00`,
		participants_count: null,
		accessibility_notes:
			'Tłumacz lub tłumaczka PJM; budynek dostosowany do potrzeb osób z niepełnosprawnościami.',
		tables: [
			{ name: 'Stolik 1 – otwartość i relacje', area: 1 },
			{ name: 'Stolik 2 – aktywność i współpraca', area: 2 },
			{ name: 'Stolik 3 – przynależność i miejsce', area: 3 }
		]
	};
}

function addDays(day: string, days: number): string {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}
