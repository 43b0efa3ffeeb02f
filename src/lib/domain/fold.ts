/**
 * Lower case without diacritics, ł folded to l (Unicode does not decompose it), every run of
 * other characters one space: "Praga-Południe" and "praga poludnie" fold alike.
 */
export function fold(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[łŁ]/g, 'l')
		.toLowerCase()
		.replace(/[^a-z0-9+<]+/g, ' ')
		.trim();
}
