/** The public consultation page's view of its questions and areas. */
export interface PublicQuestion {
	id: number;
	text: string;
}

export interface PublicArea {
	id: number;
	code: number;
	namePl: string;
	nameEn: string;
	description: string;
}

/** Area names exist in Polish and English; a Ukrainian reader gets the Polish original. */
export function areaName(area: PublicArea, locale: string) {
	return locale === 'en' && area.nameEn
		? { text: area.nameEn, lang: 'en' }
		: { text: area.namePl, lang: 'pl' };
}

/** Consultation content is written in Polish: mark it so screen readers pronounce it right. */
export const polishUnless = (locale: string) => (locale === 'pl' ? undefined : 'pl');
