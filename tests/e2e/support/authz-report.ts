import { WHO, type Who } from '../../authz/cells';

export interface Outcome {
	/** The route id and the way, e.g. `/(site)/staff/users ?/invite`. */
	row: string;
	who: Who;
	expected: string;
	actual: string;
	/** This request's redirect to the login page, shown in the table as `login`. */
	login: string;
}

const widest = (texts: string[]) => Math.max(...texts.map((t) => t.length));

/**
 * The rows where some cell differs, one column per caller: `·` where the answer was as expected,
 * `<got> ≠ <want>` where it was not.
 */
export function differencesTable(outcomes: Outcome[]): string {
	const rows = [...new Set(outcomes.filter((o) => o.actual !== o.expected).map((o) => o.row))];
	const cell = (row: string, who: Who) => {
		const o = outcomes.find((x) => x.row === row && x.who === who);
		if (!o) return '?';
		const short = (answer: string) => (answer === o.login ? 'login' : answer);
		return o.actual === o.expected ? '·' : `${short(o.actual)} ≠ ${short(o.expected)}`;
	};
	const table = [['', ...WHO], ...rows.map((row) => [row, ...WHO.map((who) => cell(row, who))])];
	const widths = table[0]!.map((_, i) => widest(table.map((line) => line[i]!)));
	return table.map((line) => line.map((text, i) => text.padEnd(widths[i]!)).join(' │ ')).join('\n');
}
