/**
 * Crockford's base32: no I, L, O or U, so a resident copying the code by hand cannot misread it,
 * and a code read back over the phone with O for 0 or l for 1 still matches.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

export const RECEIPT_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Random bytes from the platform's CSPRNG; injectable so that tests can fix them. */
export type FillRandom = (bytes: Uint8Array) => Uint8Array;
export const fillRandom: FillRandom = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** 40 random bits shown as „K7F2-9QXM”; made on the tablet, so it exists before any sync. */
export function generateReceiptCode(random: FillRandom = fillRandom) {
	const bytes = random(new Uint8Array(LENGTH));
	const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
	return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** What a person types („k7f2 9qxm”, „K7F29QXM”) → the stored form, or null if it cannot be one. */
export function normaliseReceiptCode(input: string): string | null {
	const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	if (plain.length !== LENGTH) return null;
	const code = `${plain.slice(0, 4)}-${plain.slice(4)}`;
	return RECEIPT_CODE_PATTERN.test(code) ? code : null;
}
