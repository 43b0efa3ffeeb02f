import { MAX_AREAS_PER_OPINION } from '$lib/domain/vocabularies';
import type { Database } from '../db/connect';
import { listAreas, listThemes } from '../repositories/codebook';
import {
	codingFingerprint,
	countSuggestionOutcomes,
	insertSuggestionOutcomes,
	listCodedAreas,
	listCodedTexts,
	listCodedThemes,
	listOpinionTexts,
	type NewSuggestionOutcome
} from '../repositories/suggestions';
import { predict, train, type Model } from '../suggest/model';

/** Below this many coded opinions a consultation gets no suggestions at all. */
export const MIN_CODED_OPINIONS = 10;
/** An area or theme is learnt only once analysts have given it to this many opinions. */
export const MIN_POSITIVES = 3;
/** Suggestions less likely than this are not shown. */
export const MIN_CONFIDENCE = 0.4;

export interface Suggestion {
	areas: { areaId: number; confidence: number }[];
	themes: { themeId: number; confidence: number }[];
}

type Kind = 'area' | 'theme';
const labelOf = (kind: Kind, id: number) => `${kind}:${id}`;
const parseLabel = (label: string) => {
	const [kind, id] = label.split(':');
	return { kind: kind as Kind, id: Number(id) };
};

/**
 * Areas and themes for each of the given opinions of the consultation, most likely first.
 * Opinions with nothing above MIN_CONFIDENCE, and ids of other consultations, are left out.
 */
export async function suggestForOpinions(
	db: Database,
	consultationId: number,
	commentIds: readonly number[],
	now = new Date()
): Promise<Map<number, Suggestion>> {
	const suggestions = new Map<number, Suggestion>();
	if (commentIds.length === 0) return suggestions;
	const model = await suggestionModel(db, consultationId, now);
	if (!model) return suggestions;
	const areaIds = new Set((await listAreas(db, consultationId)).map((area) => area.id));
	const themeIds = new Set(
		(await listThemes(db, consultationId))
			.filter((theme) => theme.retired_at === null && theme.merged_into_id === null)
			.map((theme) => theme.id)
	);
	for (const opinion of await listOpinionTexts(db, consultationId, commentIds)) {
		const suggestion: Suggestion = { areas: [], themes: [] };
		for (const { label, confidence } of predict(model, opinion.text)) {
			if (confidence < MIN_CONFIDENCE) break;
			const { kind, id } = parseLabel(label);
			if (kind === 'area' && areaIds.has(id) && suggestion.areas.length < MAX_AREAS_PER_OPINION) {
				suggestion.areas.push({ areaId: id, confidence });
			}
			if (kind === 'theme' && themeIds.has(id)) suggestion.themes.push({ themeId: id, confidence });
		}
		if (suggestion.areas.length + suggestion.themes.length > 0) {
			suggestions.set(opinion.id, suggestion);
		}
	}
	return suggestions;
}

/**
 * Training blocks the server while it runs (~0.3 s for 2 000 opinions), and every save changes
 * the coding: a model is therefore kept, though stale, until twenty times its training time has
 * passed, so that retraining takes at most a twentieth of the time.
 */
export const RETRAIN_COST_SHARE = 0.05;

/** Training time grows with the corpus; the latest codings teach the most about the next ones. */
export const MAX_TRAINING_OPINIONS = 5000;

interface CachedModel {
	fingerprint: string;
	model: Model | null;
	trainedAt: number;
	trainingMs: number;
}

const models = new WeakMap<Database, Map<number, CachedModel>>();

/**
 * The consultation's classifier, retrained when its coding changed since the last training;
 * null while there is too little coding to learn from.
 */
export async function suggestionModel(
	db: Database,
	consultationId: number,
	now = new Date()
): Promise<Model | null> {
	const cache = models.get(db) ?? new Map<number, CachedModel>();
	models.set(db, cache);
	const cached = cache.get(consultationId);
	if (cached && now.getTime() - cached.trainedAt <= cached.trainingMs / RETRAIN_COST_SHARE) {
		return cached.model;
	}
	const fingerprint = await codingFingerprint(db, consultationId);
	if (cached?.fingerprint === fingerprint) return cached.model;
	const started = performance.now();
	const model = await trainOnCoding(db, consultationId);
	const trainingMs = performance.now() - started;
	cache.set(consultationId, { fingerprint, model, trainedAt: now.getTime(), trainingMs });
	return model;
}

async function trainOnCoding(db: Database, consultationId: number): Promise<Model | null> {
	const opinions = await listCodedTexts(db, consultationId, MAX_TRAINING_OPINIONS);
	if (opinions.length < MIN_CODED_OPINIONS) return null;
	const labels = new Map<number, string[]>(opinions.map((opinion) => [opinion.id, []]));
	for (const row of await listCodedAreas(db, consultationId)) {
		labels.get(row.comment_id)?.push(labelOf('area', row.area_id));
	}
	for (const row of await listCodedThemes(db, consultationId)) {
		labels.get(row.comment_id)?.push(labelOf('theme', row.theme_id));
	}
	const positives = new Map<string, number>();
	for (const label of [...labels.values()].flat()) {
		positives.set(label, (positives.get(label) ?? 0) + 1);
	}
	const learnable = (label: string) => (positives.get(label) ?? 0) >= MIN_POSITIVES;
	if (![...positives.keys()].some(learnable)) return null;
	return train(
		opinions.map((opinion) => ({
			text: opinion.text,
			labels: (labels.get(opinion.id) ?? []).filter(learnable)
		}))
	);
}

export interface SuggestionOutcome {
	commentId: number;
	userId: number | null;
	suggestion: Suggestion;
	finalAreaIds: readonly number[];
	finalThemeIds: readonly number[];
}

/** One row per suggested area or theme: accepted when the analyst's saved coding kept it. */
export async function recordSuggestionOutcomes(
	db: Database,
	outcome: SuggestionOutcome
): Promise<number> {
	const row = (kind: Kind, codeId: number, confidence: number, kept: readonly number[]) => ({
		comment_id: outcome.commentId,
		kind,
		code_id: codeId,
		confidence,
		accepted: kept.includes(codeId) ? 1 : 0,
		user_id: outcome.userId
	});
	const rows: NewSuggestionOutcome[] = [
		...outcome.suggestion.areas.map((a) =>
			row('area', a.areaId, a.confidence, outcome.finalAreaIds)
		),
		...outcome.suggestion.themes.map((t) =>
			row('theme', t.themeId, t.confidence, outcome.finalThemeIds)
		)
	];
	await insertSuggestionOutcomes(db, rows);
	return rows.length;
}

export interface SuggestionQuality {
	shown: number;
	accepted: number;
	/** accepted / shown, between 0 and 1. */
	acceptanceRate: number;
}

/** How often analysts kept each suggested area and theme of the consultation. */
export async function suggestionQuality(db: Database, consultationId: number) {
	const quality = {
		areas: [] as (SuggestionQuality & { areaId: number })[],
		themes: [] as (SuggestionQuality & { themeId: number })[]
	};
	for (const row of await countSuggestionOutcomes(db, consultationId)) {
		const counts = {
			shown: row.shown,
			accepted: row.accepted,
			acceptanceRate: row.accepted / row.shown
		};
		if (row.kind === 'area') quality.areas.push({ areaId: row.code_id, ...counts });
		else quality.themes.push({ themeId: row.code_id, ...counts });
	}
	return quality;
}
