import type { Database } from '../db/connect';
import { findCodable } from '../repositories/coding';
import { codeOpinion, type CodingChange, type CodingResult } from './coding';
import { recordSuggestionOutcomes, suggestForOpinions } from './suggestions';

/**
 * Codes an opinion and, when it was coded for the first time and the classifier had a
 * suggestion for it, logs which suggested codes the analyst kept: the measure of suggestion
 * quality. The suggestion is taken before the save, so it never learned from this very coding.
 */
export async function codeAndLearn(
	db: Database,
	actorId: number,
	consultationId: number,
	commentId: number,
	change: CodingChange
): Promise<CodingResult> {
	const opinion = await findCodable(db, consultationId, commentId);
	const suggestion =
		opinion?.status === 'received'
			? (await suggestForOpinions(db, consultationId, [commentId])).get(commentId)
			: undefined;
	const result = await codeOpinion(db, actorId, consultationId, commentId, change);
	if (result.ok && suggestion) {
		await recordSuggestionOutcomes(db, {
			commentId,
			userId: actorId,
			suggestion,
			finalAreaIds: result.coding.areaIds,
			finalThemeIds: result.coding.themeIds
		});
	}
	return result;
}
