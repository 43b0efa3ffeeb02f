import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { parseExamples } from '../suggest/jsonl';
import type { Example } from '../suggest/model';
import { createTestDb } from '../testing/db';
import { makeCodebook, versionOf } from '../testing/coding';
import { makeConsultation, unwrap } from '../testing/factories';
import { makeTheme } from '../testing/responses';
import { codeOpinion } from './coding';
import { storeOpinions } from './intake';
import { excludeOpinions, splitOpinion } from './moderation';
import { mergeThemes, retireTheme } from './theme-lifecycle';
import * as sut from './suggestions';

const fixture = parseExamples(
	readFileSync(
		new URL('../../../../tests/fixtures/suggest/wspolnota.jsonl', import.meta.url),
		'utf8'
	)
);
if (!fixture.ok) throw new Error(`fixture line ${fixture.line}: ${fixture.reason}`);
const examples = fixture.examples;
const seniors = /senior|starsz|samotn/i;
// Each call an hour after the last, so that a stale model is never kept for being young.
let clock = Date.parse('2026-11-24T08:00:00Z');
const later = () => new Date((clock += 3_600_000));

describe('suggestions service', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	const areaIdsOf = (example: Example) =>
		example.labels.map((code) => book.areas[Number(code) - 1]!.id);
	const themeIdsOf = (example: Example) =>
		seniors.test(example.text) ? [book.themes.seniors] : [];

	async function store(texts: readonly string[], consultationId = book.consultation.id) {
		const stored = await storeOpinions(
			db,
			texts.map((text) => ({
				comment: {
					uuid: crypto.randomUUID(),
					consultation_id: consultationId,
					channel: 'online',
					text
				}
			}))
		);
		return [...stored.values()];
	}

	async function code(id: number, areaIds: number[], themeIds: number[] = []) {
		const { version } = await versionOf(db, id);
		const change = { areaIds, themeIds, expectedVersion: version };
		unwrap(await codeOpinion(db, book.analyst.id, book.consultation.id, id, change));
	}

	/** Codes the fixture's examples as analysts would; returns the opinions' ids. */
	async function codeExamples(coded: readonly Example[]) {
		const ids = await store(coded.map((e) => e.text));
		for (const [i, id] of ids.entries()) {
			await code(id, areaIdsOf(coded[i]!), themeIdsOf(coded[i]!));
		}
		return ids;
	}

	describe('suggestForOpinions', () => {
		it('suggests nothing before there are enough coded opinions', async () => {
			await codeExamples(examples.slice(0, sut.MIN_CODED_OPINIONS - 1));
			const [uncoded] = await store(['Sąsiedzi się nie znają i nie mówią sobie dzień dobry.']);

			expect(await sut.suggestionModel(db, book.consultation.id, later())).toBeNull();
			expect(await sut.suggestForOpinions(db, book.consultation.id, [uncoded!], later())).toEqual(
				new Map()
			);
		});

		it('suggests the areas analysts gave to similar opinions, most likely first', async () => {
			const held = examples.slice(200);
			await codeExamples(examples.slice(0, 200));
			const ids = await store(held.map((e) => e.text));

			const suggestions = await sut.suggestForOpinions(db, book.consultation.id, ids, later());

			let hits = 0;
			for (const [i, id] of ids.entries()) {
				const suggestion = suggestions.get(id);
				if (!suggestion) continue;
				const confidences = [...suggestion.areas, ...suggestion.themes].map((s) => s.confidence);
				expect(Math.min(...confidences)).toBeGreaterThanOrEqual(sut.MIN_CONFIDENCE);
				expect(suggestion.areas.map((a) => a.confidence)).toEqual(
					suggestion.areas.map((a) => a.confidence).sort((a, b) => b - a)
				);
				if (areaIdsOf(held[i]!).includes(suggestion.areas[0]?.areaId ?? -1)) hits++;
			}
			const labelled = held.filter((e) => e.labels.length > 0).length;
			expect(hits / labelled).toBeGreaterThan(0.6);
		});

		it('suggests a theme once it has enough positive examples', async () => {
			await codeExamples(examples.slice(0, 120));
			const [uncoded] = await store([
				'Samotni seniorzy potrzebują odwiedzin i rozmowy z sąsiadami.'
			]);

			const suggestion = (
				await sut.suggestForOpinions(db, book.consultation.id, [uncoded!], later())
			).get(uncoded!);

			expect(suggestion?.themes[0]).toEqual({
				themeId: book.themes.seniors,
				confidence: expect.any(Number) as number
			});
			expect(suggestion?.areas[0]?.areaId).toBe(book.areas[0].id);
		});

		it('leaves out opinions of another consultation and ids that do not exist', async () => {
			await codeExamples(examples.slice(0, 120));
			const text = 'Samotni seniorzy potrzebują odwiedzin i rozmowy z sąsiadami.';
			const [own] = await store([text]);
			const [foreign] = await store([text], (await makeConsultation(db)).id);

			const suggestions = await sut.suggestForOpinions(
				db,
				book.consultation.id,
				[own!, foreign!, 999_999],
				later()
			);

			expect([...suggestions.keys()]).toEqual([own]);
		});
	});

	describe('training data', () => {
		it('learns an area or theme only from MIN_POSITIVES opinions on', async () => {
			const ids = await store(examples.slice(0, sut.MIN_CODED_OPINIONS + 5).map((e) => e.text));
			for (const [i, id] of ids.entries()) {
				const themeIds = i < sut.MIN_POSITIVES - 1 ? [book.themes.picnics] : [];
				await code(id, i < sut.MIN_POSITIVES ? [book.areas[2].id] : [], themeIds);
			}

			const model = await sut.suggestionModel(db, book.consultation.id, later());

			expect(model?.labels).toEqual([`area:${book.areas[2].id}`]);
		});

		it('learns from the units of a split, not from their original nor from excluded opinions', async () => {
			const ids = await codeExamples(examples.slice(0, sut.MIN_CODED_OPINIONS));
			const modelNow = () => sut.suggestionModel(db, book.consultation.id, later());
			expect(await modelNow()).not.toBeNull();

			const { version } = await versionOf(db, ids[1]!);
			const { unitIds } = unwrap(
				await splitOpinion(db, book.analyst.id, book.consultation.id, ids[1]!, ['a', 'b'], version)
			);
			expect(await modelNow()).toBeNull();
			await code(unitIds[0]!, [book.areas[0].id]);
			expect(await modelNow()).not.toBeNull();
			const exclusion = { reason: 'spam' as const, duplicateOfId: null };
			unwrap(
				await excludeOpinions(db, book.analyst.id, book.consultation.id, [ids[0]!], exclusion)
			);

			expect(await modelNow()).toBeNull();
		});

		it('keeps its model until the coding changes, then retrains', async () => {
			const ids = await codeExamples(examples.slice(0, 40));
			const first = await sut.suggestionModel(db, book.consultation.id, later());

			expect(await sut.suggestionModel(db, book.consultation.id, later())).toBe(first);
			await code(ids[0]!, [book.areas[1].id]);
			const second = await sut.suggestionModel(db, book.consultation.id, later());
			expect(second).not.toBe(first);
			expect(second).not.toBeNull();
			const [fresh] = await store(['Nowa opinia, jeszcze bez kodów.']);
			expect(await sut.suggestionModel(db, book.consultation.id, later())).toBe(second);
			await code(fresh!, []);
			expect(await sut.suggestionModel(db, book.consultation.id, later())).not.toBe(second);
		});

		it('keeps a stale model while retraining would take more than its share of the time', async () => {
			const ids = await codeExamples(examples.slice(0, 40));
			const trainedAt = later();
			const first = await sut.suggestionModel(db, book.consultation.id, trainedAt);
			await code(ids[0]!, [book.areas[1].id]);

			expect(await sut.suggestionModel(db, book.consultation.id, trainedAt)).toBe(first);
			expect(await sut.suggestionModel(db, book.consultation.id, later())).not.toBe(first);
		});

		it('never suggests a retired or merged theme', async () => {
			await codeExamples(examples.slice(0, 120));
			const text = 'Samotni seniorzy potrzebują odwiedzin i rozmowy z sąsiadami.';
			const [uncoded] = await store([text]);
			const themesOf = async () =>
				(await sut.suggestForOpinions(db, book.consultation.id, [uncoded!], later()))
					.get(uncoded!)
					?.themes.map((t) => t.themeId) ?? [];
			expect(await themesOf()).toContain(book.themes.seniors);

			unwrap(
				await retireTheme(db, book.analyst.id, book.consultation.id, book.themes.seniors, true)
			);
			expect(await themesOf()).not.toContain(book.themes.seniors);
			unwrap(
				await retireTheme(db, book.analyst.id, book.consultation.id, book.themes.seniors, false)
			);
			unwrap(
				await mergeThemes(
					db,
					book.analyst.id,
					book.consultation.id,
					book.themes.seniors,
					book.themes.greenery
				)
			);

			expect(await themesOf()).not.toContain(book.themes.seniors);
		});
	});

	describe('scale', () => {
		// How fast is the benchmark's business; here, that 2 000 opinions and 18 codes train at all.
		it('trains on 2 000 coded opinions with 3 areas and 15 themes', async () => {
			const texts = Array.from({ length: 2000 }, (_, i) => {
				const first = examples[i % examples.length]!;
				return i % 2 ? first.text : `${first.text} ${examples[(i * 7) % examples.length]!.text}`;
			});
			const ids = await store(texts);
			const themes = [...Object.values(book.themes)];
			for (let i = themes.length; i < 15; i++) {
				themes.push((await makeTheme(db, book.consultation.id)).id);
			}
			await db
				.updateTable('comments')
				.set({ status: 'coded', coded_at: '2026-11-24T10:00:00.000Z', version: 1 })
				.where('id', 'in', ids)
				.execute();
			for (let start = 0; start < ids.length; start += 500) {
				const chunk = ids.slice(start, start + 500);
				const areaRows = chunk.flatMap((id, k) =>
					areaIdsOf(examples[(start + k) % examples.length]!).map((area_id) => ({
						comment_id: id,
						area_id
					}))
				);
				await db.insertInto('comment_areas').values(areaRows).execute();
				const themeRows = chunk.map((id) => ({ comment_id: id, theme_id: themes[id % 15]! }));
				await db.insertInto('comment_themes').values(themeRows).execute();
			}

			const model = await sut.suggestionModel(db, book.consultation.id, later());

			expect(model?.labels).toHaveLength(18);
		});
	});
});
