import type { Example } from './model';

export type ParsedExamples =
	{ ok: true; examples: Example[] } | { ok: false; line: number; reason: string };

/**
 * One `{"text": "…", "labels": ["…"]}` object per line; blank lines are skipped. The first bad
 * line stops the parse and is named by its 1-based number.
 */
export function parseExamples(content: string): ParsedExamples {
	const examples: Example[] = [];
	const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
	for (const [index, line] of lines.entries()) {
		if (line.trim() === '') continue;
		const parsed = parseLine(line);
		if (typeof parsed === 'string') return { ok: false, line: index + 1, reason: parsed };
		examples.push(parsed);
	}
	return { ok: true, examples };
}

function parseLine(line: string): Example | string {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return 'not valid JSON';
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return 'not a JSON object';
	}
	const { text, labels } = value as Record<string, unknown>;
	if (typeof text !== 'string') return '"text" must be a string';
	if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string')) {
		return '"labels" must be an array of strings';
	}
	return { text, labels: [...new Set(labels)] };
}
