import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { makeConsultation } from '../testing/factories';
import * as sut from './suggestions';

describe('suggestion outcomes', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	describe('record and measure', () => {
		const suggestion = (areaIds: number[], themeIds: number[]): sut.Suggestion => ({
			areas: areaIds.map((areaId) => ({ areaId, confidence: 0.8 })),
			themes: themeIds.map((themeId) => ({ themeId, confidence: 0.6 }))
		});

		it('records each suggested code as accepted or not by the saved coding', async () => {
			const commentId = await makeOpinion(db, book.consultation.id);
			const [first, second] = book.areas;

			const count = await sut.recordSuggestionOutcomes(db, {
				commentId,
				userId: book.analyst.id,
				suggestion: suggestion([first.id, second.id], [book.themes.seniors]),
				finalAreaIds: [first.id],
				finalThemeIds: [book.themes.seniors, book.themes.picnics]
			});

			expect(count).toBe(3);
			const rows = await db
				.selectFrom('suggestion_outcomes')
				.select(['comment_id', 'kind', 'code_id', 'confidence', 'accepted', 'user_id'])
				.orderBy('id')
				.execute();
			const row = { comment_id: commentId, user_id: book.analyst.id };
			expect(rows).toEqual([
				{ ...row, kind: 'area', code_id: first.id, confidence: 0.8, accepted: 1 },
				{ ...row, kind: 'area', code_id: second.id, confidence: 0.8, accepted: 0 },
				{ ...row, kind: 'theme', code_id: book.themes.seniors, confidence: 0.6, accepted: 1 }
			]);
		});

		it('reports shown, accepted and the acceptance rate per area and theme of the consultation', async () => {
			const [first, second] = book.areas;
			const record = async (consultationId: number, areaIds: number[], finalAreaIds: number[]) =>
				sut.recordSuggestionOutcomes(db, {
					commentId: await makeOpinion(db, consultationId),
					userId: null,
					suggestion: suggestion(areaIds, [book.themes.picnics]),
					finalAreaIds,
					finalThemeIds: []
				});
			await record(book.consultation.id, [first.id, second.id], [first.id]);
			await record(book.consultation.id, [first.id], []);
			await record(book.consultation.id, [first.id], [first.id]);
			await record((await makeConsultation(db)).id, [first.id], [first.id]);

			const quality = await sut.suggestionQuality(db, book.consultation.id);

			expect(quality).toEqual({
				areas: [
					{ areaId: first.id, shown: 3, accepted: 2, acceptanceRate: 2 / 3 },
					{ areaId: second.id, shown: 1, accepted: 0, acceptanceRate: 0 }
				],
				themes: [{ themeId: book.themes.picnics, shown: 3, accepted: 0, acceptanceRate: 0 }]
			});
		});
	});
});
