import { describe, expect, it } from 'vitest';
import * as sut from './jsonl';

describe('parseExamples', () => {
	it('reads one example a line, skipping blank lines, a BOM and CRLF', () => {
		const content =
			'\uFEFF{"text": "Więcej ławek", "labels": ["3"]}\r\n\r\n{"text": "ok", "labels": []}\n';

		expect(sut.parseExamples(content)).toEqual({
			ok: true,
			examples: [
				{ text: 'Więcej ławek', labels: ['3'] },
				{ text: 'ok', labels: [] }
			]
		});
	});

	it('drops a label repeated on one line', () => {
		const parsed = sut.parseExamples('{"text": "a", "labels": ["1", "1", "2"]}');

		expect(parsed).toEqual({ ok: true, examples: [{ text: 'a', labels: ['1', '2'] }] });
	});

	it.each([
		['{"text": "a", "labels": ["1"]}\n{"text": "b", "labels": [', 2, 'not valid JSON'],
		['["a", ["1"]]', 1, 'not a JSON object'],
		['\n\n{"labels": ["1"]}', 3, '"text" must be a string'],
		['{"text": "a", "labels": "1"}', 1, '"labels" must be an array of strings'],
		['{"text": "a", "labels": [1]}', 1, '"labels" must be an array of strings']
	])('names the first bad line: %j', (content, line, reason) => {
		expect(sut.parseExamples(content)).toEqual({ ok: false, line, reason });
	});
});
