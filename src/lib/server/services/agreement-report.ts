import { binaryKappa, kappaBand, type KappaBand, type KappaResult } from '$lib/domain/kappa';
import type { Database } from '../db/connect';
import * as repo from '../repositories/agreement';
import { listAreas, listThemes } from '../repositories/codebook';
import type { Coding } from './coding';

export interface CoderProgress {
	userId: number;
	name: string;
	coded: number;
}

export interface CodeAgreement {
	id: number;
	/** How many of the items both finished each coder gave this code to. */
	given: [number, number];
	result: KappaResult;
	band: KappaBand | null;
}

export interface Disagreement {
	commentId: number;
	text: string;
	codings: [Coding, Coding];
	adjudicated: { by: string | null; at: string } | null;
}

export type AgreementReport =
	| {
			ok: true;
			total: number;
			overlap: number;
			coders: [CoderProgress, CoderProgress];
			areas: CodeAgreement[];
			themes: CodeAgreement[];
			disagreements: Disagreement[];
	  }
	| {
			ok: false;
			reason: 'not_found' | 'too_few_coders' | 'no_overlap';
			total: number;
			coders: CoderProgress[];
	  };

/** κ per area and per theme over the items both coders finished, and where they differ. */
export async function agreementReport(db: Database, sampleId: number): Promise<AgreementReport> {
	const sample = await repo.findSampleById(db, sampleId);
	if (!sample) return { ok: false, reason: 'not_found', total: 0, coders: [] };
	const items = await repo.listItems(db, sampleId);
	const rows = await repo.listCodings(db, sampleId);
	const coders = (await repo.listCoders(db, [sampleId])).map((c) => ({
		userId: c.user_id,
		name: c.display_name,
		coded: rows.filter((r) => r.user_id === c.user_id).length
	}));
	const total = items.length;
	const [first, second] = coders;
	if (!first || !second || first.coded === 0 || second.coded === 0) {
		return { ok: false, reason: 'too_few_coders', total, coders };
	}
	const themes = await listThemes(db, sample.consultation_id);
	const resolve = mergedThemeResolver(themes);
	const byItemAndCoder = new Map(
		rows.map((r) => [
			`${r.comment_id}:${r.user_id}`,
			{
				areaIds: sortedUnique(parseIds(r.area_ids)),
				themeIds: sortedUnique(parseIds(r.theme_ids).map(resolve))
			}
		])
	);
	const pairs = items.flatMap((item) => {
		const a = byItemAndCoder.get(`${item.comment_id}:${first.userId}`);
		const b = byItemAndCoder.get(`${item.comment_id}:${second.userId}`);
		return a && b ? [{ item, codings: [a, b] as [Coding, Coding] }] : [];
	});
	if (pairs.length === 0) return { ok: false, reason: 'no_overlap', total, coders };

	const codings = pairs.map((p) => p.codings);
	const used = new Set(codings.flatMap(([a, b]) => [...a.themeIds, ...b.themeIds]));
	const shownThemes = themes.filter(
		(t) => t.merged_into_id === null && (t.retired_at === null || used.has(t.id))
	);
	const areas = await listAreas(db, sample.consultation_id);
	return {
		ok: true,
		total,
		overlap: pairs.length,
		coders: [first, second],
		areas: areas.map((a) => agreementOn(a.id, codings, (c) => c.areaIds)),
		themes: shownThemes.map((t) => agreementOn(t.id, codings, (c) => c.themeIds)),
		disagreements: pairs
			.filter(({ codings: [a, b] }) => !sameCoding(a, b))
			.map(({ item, codings }) => ({
				commentId: item.comment_id,
				text: item.text,
				codings,
				adjudicated: item.adjudicated_at
					? { by: item.adjudicated_by_name, at: item.adjudicated_at }
					: null
			}))
	};
}

function agreementOn(
	id: number,
	codings: [Coding, Coding][],
	codes: (c: Coding) => number[]
): CodeAgreement {
	const first = codings.map(([a]) => codes(a).includes(id));
	const second = codings.map(([, b]) => codes(b).includes(id));
	const result = binaryKappa(first, second);
	return {
		id,
		given: [first.filter(Boolean).length, second.filter(Boolean).length],
		result,
		band: result.kappa === null ? null : kappaBand(result.kappa)
	};
}

/** A theme merged into another counts as that one; merges can chain. */
export function mergedThemeResolver(themes: { id: number; merged_into_id: number | null }[]) {
	const into = new Map(themes.map((t) => [t.id, t.merged_into_id]));
	return (id: number) => {
		const seen = new Set<number>();
		let current = id;
		while (!seen.has(current)) {
			seen.add(current);
			const next = into.get(current);
			if (next === null || next === undefined) return current;
			current = next;
		}
		return current;
	};
}

function parseIds(json: string): number[] {
	const value: unknown = JSON.parse(json);
	return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [];
}

function sortedUnique(ids: number[]) {
	return [...new Set(ids)].sort((a, b) => a - b);
}

function sameCoding(a: Coding, b: Coding) {
	const same = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
	return same(a.areaIds, b.areaIds) && same(a.themeIds, b.themeIds);
}
