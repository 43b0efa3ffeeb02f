const QUOTE = /^ {0,3}>/;
const SIGNATURE = /^--\s?$/;
const ORIGINAL_MESSAGE =
	/^-{3,}\s*(original message|wiadomość oryginalna|oryginalna wiadomość)\s*-{3,}$/i;
const RULE = /^_{10,}$/;
const HEADER_FROM = /^\*?(from|od):\*?\s+\S/i;
const HEADER_SENT = /^\*?(sent|date|wysłano|wysłane|data):\*?\s+\S/i;
const SENT_FROM =
	/^(sent from (my|mail|outlook|yahoo|aol|samsung)\b|sent with \S+|get outlook for\b|wysłan[eoy] z (mojego|mojej|iphone|ipad|aplikacji|telefonu|urządzenia|outlook|samsung|poczty)|pobierz (aplikację )?outlook)/i;

// Reply headers: English and Thunderbird/Apple/Gmail Polish. The bare „… napisał(a):” of Gmail
// counts only with a date or an address in it, so that a resident's own „Sąsiad napisał:” stays.
const ATTRIBUTIONS = [
	/^on\s.*\d.*\swrote:$/i,
	/^(w dniu|dnia)\s.*\s(pisze|napisał\(a\)|napisał|napisała):$/i,
	/^wiadomość napisana przez\s.+:$/i,
	/^.*\d.*(@|\d:\d\d).*\s(napisał\(a\)|napisał|napisała|pisze):$/i
];
const MAX_ATTRIBUTION_LINES = 3;

const isBlank = (line: string) => line.trim() === '';
const isQuote = (line: string) => QUOTE.test(line);

/** The first line at or after `from` with something on it. */
function nextNonBlank(lines: readonly string[], from: number): string | undefined {
	return lines.slice(from).find((line) => !isBlank(line));
}

/** Where each reply header starts → where it ends; a header may wrap over a few lines. */
function attributions(lines: readonly string[]): Map<number, number> {
	const found = new Map<number, number>();
	lines.forEach((_, end) => {
		for (let start = end; start > end - MAX_ATTRIBUTION_LINES && start >= 0; start--) {
			const span = lines.slice(start, end + 1);
			if (span.some((line) => isBlank(line) || isQuote(line))) return;
			const joined = span.map((line) => line.trim()).join(' ');
			if (joined.length <= 300 && ATTRIBUTIONS.some((pattern) => pattern.test(joined))) {
				found.set(start, end);
				return;
			}
		}
	});
	return found;
}

function startsOutlookHeader(lines: readonly string[], i: number) {
	const [first = '', ...rest] = lines.slice(i, i + 4);
	return HEADER_FROM.test(first.trim()) && rest.some((line) => HEADER_SENT.test(line.trim()));
}

/** A line from which everything on is the old message, a signature or a mail app's footer. */
function endsOwnText(lines: readonly string[], i: number) {
	const raw = lines[i] ?? '';
	const line = raw.trim();
	if (SIGNATURE.test(raw) || ORIGINAL_MESSAGE.test(line)) return true;
	if (line.length < 100 && SENT_FROM.test(line)) return true;
	if (startsOutlookHeader(lines, i)) return true;
	if (!RULE.test(line)) return false;
	const next = lines.findIndex((candidate, j) => j > i && !isBlank(candidate));
	return next !== -1 && startsOutlookHeader(lines, next);
}

function tidy(lines: readonly string[]) {
	return lines
		.map((line) => line.trimEnd())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * The resident's own words from a plain-text mail body: quoted lines, reply headers, everything
 * after an original-message marker or a signature, and "Sent from my phone" lines removed. A reply
 * written between quoted lines keeps its parts; a ">" inside a sentence is not a quote.
 */
export function stripReply(body: string): string {
	const lines = body.replace(/\r\n?/g, '\n').split('\n');
	const headers = attributions(lines);
	const kept: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (endsOwnText(lines, i)) break;
		const headerEnd = headers.get(i);
		if (headerEnd !== undefined) {
			const next = nextNonBlank(lines, headerEnd + 1);
			// An old message quoted without ">" (some phones) cannot be told apart from new text.
			if (next === undefined || !isQuote(next)) break;
			i = headerEnd;
		} else if (!isQuote(lines[i] ?? '')) {
			kept.push(lines[i] ?? '');
		}
	}
	return tidy(kept);
}
