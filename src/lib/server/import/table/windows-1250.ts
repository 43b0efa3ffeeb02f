const POLISH_LETTERS: Record<string, number> = {
	ą: 0xb9,
	ć: 0xe6,
	ę: 0xea,
	ł: 0xb3,
	ń: 0xf1,
	ó: 0xf3,
	ś: 0x9c,
	ź: 0x9f,
	ż: 0xbf,
	Ą: 0xa5,
	Ć: 0xc6,
	Ę: 0xca,
	Ł: 0xa3,
	Ń: 0xd1,
	Ó: 0xd3,
	Ś: 0x8c,
	Ź: 0x8f,
	Ż: 0xaf,
	'„': 0x84,
	'”': 0x94,
	'–': 0x96
};

/**
 * Text as Polish Excel saves "CSV (rozdzielany przecinkami)", for tests: TextEncoder only
 * writes UTF-8. ASCII and the Polish letters are enough for them.
 */
export function encodeWindows1250(text: string): Uint8Array {
	return Uint8Array.from([...text], (char) => {
		const byte = POLISH_LETTERS[char] ?? char.charCodeAt(0);
		if (byte > 0xff) throw new Error(`not in the test's windows-1250 table: ${char}`);
		return byte;
	});
}
