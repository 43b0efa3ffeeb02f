const SEPARATOR = /^From /;
const ESCAPED_FROM = /^>+From /;
const HEADER_LINE = /^[!-9;-~]+:/;

const bare = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

function withoutTrailingBlankLines(lines: string[]) {
	let end = lines.length;
	while (end > 0 && bare(lines[end - 1] ?? '').trim() === '') end--;
	return lines.slice(0, end);
}

/** An mbox starts with a "From " line; a single message starts with its headers. */
export function isMbox(bytes: Uint8Array): boolean {
	const start = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
	return start.trimStart().startsWith('From ');
}

/**
 * Splits an mbox (mboxo or mboxrd, LF or CRLF) into raw messages. A separator is a "From " line
 * at the start or after a blank line, followed by a header line, so that a resident's sentence
 * beginning with "From " in an unescaped mboxo body does not split a message. Bytes are kept as
 * they are (latin1 round-trips every byte): each message's own charset is decoded later.
 */
export function splitMbox(bytes: Uint8Array): Buffer[] {
	const lines = Buffer.from(bytes).toString('latin1').split('\n');
	const messages: string[][] = [];
	let current: string[] | null = null;
	lines.forEach((line, i) => {
		const afterBlank = i === 0 || bare(lines[i - 1] ?? '') === '';
		const nextIsHeader = HEADER_LINE.test(lines[i + 1] ?? '');
		if (SEPARATOR.test(line) && afterBlank && nextIsHeader) {
			current = [];
			messages.push(current);
		} else if (current) {
			current.push(ESCAPED_FROM.test(line) ? line.slice(1) : line);
		}
	});
	return messages
		.map(withoutTrailingBlankLines)
		.filter((message) => message.length > 0)
		.map((message) => Buffer.from(message.join('\n') + '\n', 'latin1'));
}
