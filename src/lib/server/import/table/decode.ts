export type DecodedText =
	{ ok: true; text: string } | { ok: false; error: 'not_table' | 'empty_file' };

/** Files that are certainly not a table even when they are named .csv. */
const BINARY_SIGNATURES = [
	[0x25, 0x50, 0x44, 0x46], // %PDF
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x47, 0x49, 0x46, 0x38], // GIF
	[0x50, 0x4b, 0x03, 0x04], // ZIP, and so xlsx, docx, odt
	[0xd0, 0xcf, 0x11, 0xe0], // old Office (xls, doc)
	[0x1f, 0x8b], // gzip
	[0x7f, 0x45, 0x4c, 0x46] // ELF
];

// Tab and line breaks belong in a table; other control characters (C1 too: what windows-1250
// makes of its undefined bytes) only in a binary file.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
	prefix.every((byte, i) => bytes[i] === byte);

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * Bytes of a CSV or tab-separated file to text. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
 * UTF-16 with a BOM ("Unicode text") or, in a Polish Windows, windows-1250 ("CSV").
 * Strict UTF-8 comes first: windows-1250 would decode any byte soup, UTF-8 rarely.
 */
export function decodeTableText(bytes: Uint8Array): DecodedText {
	if (bytes.length === 0) return { ok: false, error: 'empty_file' };
	if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
		return { ok: false, error: 'not_table' };
	}
	const text = startsWith(bytes, [0xff, 0xfe])
		? decodeWith('utf-16le', bytes)
		: startsWith(bytes, [0xfe, 0xff])
			? decodeWith('utf-16be', bytes)
			: (decodeWith('utf-8', bytes) ?? decodeWith('windows-1250', bytes));
	if (text === undefined || CONTROL.test(text)) return { ok: false, error: 'not_table' };
	if (text.trim() === '') return { ok: false, error: 'empty_file' };
	return { ok: true, text };
}
