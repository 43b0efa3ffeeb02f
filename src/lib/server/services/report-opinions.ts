import type { DistrictCode } from '$lib/domain/districts';
import type { ReportOpinionRow } from '$lib/domain/report';
import type { Channel, ResponseStatus, SpeakerKind } from '$lib/domain/vocabularies';
import type { Database } from '../db/connect';
import { nextTurn } from '../next-turn';
import {
	areasOf,
	countPublishedOpinions,
	listCountedOpinions,
	listPublishedOpinions,
	themesOf,
	type OpinionCursor
} from '../repositories/report-opinions';
import { publicText } from './redaction';

/** The zestawienie uwag shows this many opinions to a page. */
export const REPORT_PAGE_SIZE = 100;

export interface ReportOpinionPage {
	rows: ReportOpinionRow[];
	total: number;
	page: number;
	pages: number;
}

/** Which table: the live one (null) or a published version's frozen copy. */
export type ReportSource = { version: number } | null;

type CountedRow = Awaited<ReturnType<typeof listCountedOpinions>>[number];
type PublishedRow = Awaited<ReturnType<typeof listPublishedOpinions>>[number];

/** One page of the zestawienie; a page past the end gives the last one. */
export async function reportOpinionPage(
	db: Database,
	consultationId: number,
	source: ReportSource,
	total: number,
	page: number
): Promise<ReportOpinionPage> {
	const pages = Math.max(1, Math.ceil(total / REPORT_PAGE_SIZE));
	const current = Math.min(Math.max(1, page), pages);
	const offset = (current - 1) * REPORT_PAGE_SIZE;
	const rows = source
		? (
				await listPublishedOpinions(
					db,
					consultationId,
					source.version,
					offset + 1,
					REPORT_PAGE_SIZE
				)
			).map(fromPublished)
		: await withCodes(
				db,
				await listCountedOpinions(db, consultationId, { offset }, REPORT_PAGE_SIZE),
				offset
			);
	return { rows, total, page: current, pages };
}

export function countPublished(db: Database, consultationId: number, version: number) {
	return countPublishedOpinions(db, consultationId, version);
}

/**
 * Every line of the zestawienie, a slice at a time, giving other requests their turn between
 * slices: exports and publishing read 200 000 opinions without holding the server.
 */
export async function* reportOpinionSlices(
	db: Database,
	consultationId: number,
	source: ReportSource,
	size = 1000
): AsyncGenerator<ReportOpinionRow[]> {
	let lp = 0;
	let cursor: OpinionCursor | null = null;
	for (;;) {
		const rows: ReportOpinionRow[] = source
			? (await listPublishedOpinions(db, consultationId, source.version, lp + 1, size)).map(
					fromPublished
				)
			: await withCodes(
					db,
					await listCountedOpinions(
						db,
						consultationId,
						cursor ? { after: cursor } : { offset: 0 },
						size
					),
					lp
				);
		if (rows.length === 0) return;
		yield rows;
		const last = rows.at(-1)!;
		lp = last.lp;
		cursor = { receivedAt: last.receivedAt, id: last.id };
		if (rows.length < size) return;
		await nextTurn();
	}
}

async function withCodes(
	db: Database,
	rows: CountedRow[],
	offset: number
): Promise<ReportOpinionRow[]> {
	const { areas, themes } = await codesOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r, i) => ({
		lp: offset + i + 1,
		id: r.id,
		receivedAt: r.received_at,
		channel: r.channel as Channel,
		speakerKind: r.speaker_kind as SpeakerKind | null,
		district: r.district as DistrictCode | null,
		areas: areas.get(r.id) ?? [],
		themes: themes.get(r.id) ?? [],
		text: publicText(r),
		status: r.response_status as ResponseStatus | null,
		justification: r.justification ?? ''
	}));
}

/** The areas and themes of some opinions, by opinion. */
export async function codesOf(db: Database, ids: number[]) {
	return {
		areas: group(await areasOf(db, ids), (a) => ({ code: a.code, name: a.name })),
		themes: group(await themesOf(db, ids), (t) => t.name)
	};
}

function group<R extends { comment_id: number }, T>(rows: R[], pick: (row: R) => T) {
	const byComment = new Map<number, T[]>();
	for (const row of rows) {
		const list = byComment.get(row.comment_id) ?? [];
		list.push(pick(row));
		byComment.set(row.comment_id, list);
	}
	return byComment;
}

function fromPublished(row: PublishedRow): ReportOpinionRow {
	return {
		lp: row.lp,
		id: row.comment_id,
		receivedAt: row.received_at,
		channel: row.channel as Channel,
		speakerKind: row.speaker_kind as SpeakerKind | null,
		district: row.district as DistrictCode | null,
		areas: JSON.parse(row.areas_json) as ReportOpinionRow['areas'],
		themes: JSON.parse(row.themes_json) as string[],
		text: row.text,
		status: row.response_status as ResponseStatus | null,
		justification: row.justification
	};
}
