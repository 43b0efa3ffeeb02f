import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { parseExamples } from '../suggest/jsonl';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { countRows, unwrap } from '../testing/factories';
import { codeOpinion } from './coding';
import * as sut from './learned-coding';

const parsed = parseExamples(
	readFileSync(
		new URL('../../../../tests/fixtures/suggest/wspolnota.jsonl', import.meta.url),
		'utf8'
	)
);
if (!parsed.ok) throw new Error(`fixture line ${parsed.line}`);
const examples = parsed.examples.filter((e) => e.labels.length > 0);

describe('codeAndLearn', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
		for (const example of examples.slice(0, 80)) {
			const id = await makeOpinion(db, book.consultation.id, { text: example.text });
			const areaIds = example.labels.map((code) => book.areas[Number(code) - 1]!.id);
			unwrap(
				await codeOpinion(db, book.analyst.id, book.consultation.id, id, {
					areaIds,
					themeIds: [],
					expectedVersion: 0
				})
			);
		}
	});
	afterEach(async () => db.destroy());

	it('logs, on first coding, which suggested codes the analyst kept', async () => {
		const example = examples[100]!;
		const id = await makeOpinion(db, book.consultation.id, { text: example.text });
		const kept = [book.areas[0].id];

		unwrap(
			await sut.codeAndLearn(db, book.analyst.id, book.consultation.id, id, {
				areaIds: kept,
				themeIds: [],
				expectedVersion: 0
			})
		);

		const outcomes = await db
			.selectFrom('suggestion_outcomes')
			.selectAll()
			.where('comment_id', '=', id)
			.execute();
		expect(outcomes.length).toBeGreaterThan(0);
		for (const outcome of outcomes) {
			expect(outcome).toMatchObject({ kind: 'area', user_id: book.analyst.id });
			expect(outcome.accepted).toBe(kept.includes(outcome.code_id) ? 1 : 0);
		}
	});

	it('logs nothing when an opinion is recoded', async () => {
		const id = await makeOpinion(db, book.consultation.id, { text: examples[101]!.text });
		unwrap(
			await codeOpinion(db, book.analyst.id, book.consultation.id, id, {
				areaIds: [],
				themeIds: [],
				expectedVersion: 0
			})
		);

		unwrap(
			await sut.codeAndLearn(db, book.analyst.id, book.consultation.id, id, {
				areaIds: [book.areas[1].id],
				themeIds: [],
				expectedVersion: 1
			})
		);

		expect(await countRows(db, 'suggestion_outcomes')).toBe(0);
	});
});
