import { describe, expect, it } from 'vitest';
import { quoteAttribution as sut } from './attribution';

const quote = (over: Partial<Parameters<typeof sut>[0]> = {}) => ({
	district: 'bielany' as const,
	channel: 'kiosk' as const,
	eventTitle: 'Dzień Sąsiada na Skwerze' as string | null,
	...over
});

describe('quoteAttribution', () => {
	it('names the district in the genitive and the event, in Polish', () => {
		expect(sut(quote(), 'pl')).toBe('mieszkanka lub mieszkaniec Bielan, Dzień Sąsiada na Skwerze');
	});

	it('falls back to the channel, lower-cased after the person, when there is no event', () => {
		expect(sut(quote({ eventTitle: null, channel: 'email' }), 'pl')).toBe(
			'mieszkanka lub mieszkaniec Bielan, e-mail'
		);
	});

	it('says „osoba spoza Warszawy” for someone outside Warsaw', () => {
		expect(sut(quote({ district: 'outside-warsaw' }), 'pl')).toBe(
			'osoba spoza Warszawy, Dzień Sąsiada na Skwerze'
		);
	});

	it.each([null, 'undisclosed' as const])('leaves the person out for district %s', (district) => {
		expect(sut(quote({ district, eventTitle: null, channel: 'online' }), 'pl')).toBe(
			'Formularz online'
		);
		expect(sut(quote({ district }), 'pl')).toBe('Dzień Sąsiada na Skwerze');
	});

	it('keeps the district’s name in English and Ukrainian', () => {
		expect(sut(quote({ district: 'praga-polnoc' }), 'en')).toBe(
			'a resident of Praga-Północ, Dzień Sąsiada na Skwerze'
		);
		expect(sut(quote(), 'uk')).toBe(
			'мешканка або мешканець району Bielany, Dzień Sąsiada na Skwerze'
		);
	});
});
