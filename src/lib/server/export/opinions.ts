import type { Database } from '../db/connect';
import { listOpinionsForExport, type ExportOpinionRow } from '../repositories/export-opinions';
import type { OpinionCursor } from '../repositories/report-opinions';
import { nextTurn } from '../next-turn';
import { publicText } from '../services/redaction';
import { codesOf } from '../services/report-opinions';

export type OpinionState = 'received' | 'coded' | 'excluded' | 'split';

/** One opinion as staff exports show it, with its coding; no contact, no receipt code. */
export interface ExportOpinion extends Omit<ExportOpinionRow, 'redacted_text' | 'erased_at'> {
	public_text: string;
	state: OpinionState;
	areas: { code: number; name: string }[];
	themes: string[];
}

/** A slice takes ~40 ms to read, redact and write: short enough not to hold other requests. */
export const EXPORT_SLICE = 250;

/**
 * All opinions of a consultation a slice at a time, letting other requests run between slices:
 * 200 000 rows are never in memory at once and never hold the server.
 */
export async function* exportOpinionSlices(
	db: Database,
	consultationId: number,
	size = EXPORT_SLICE
): AsyncGenerator<ExportOpinion[]> {
	let after: OpinionCursor | null = null;
	for (;;) {
		const rows = await listOpinionsForExport(db, consultationId, after, size);
		if (rows.length === 0) return;
		yield await withCoding(db, rows);
		const last = rows.at(-1)!;
		after = { receivedAt: last.received_at, id: last.id };
		if (rows.length < size) return;
		await nextTurn();
	}
}

async function withCoding(db: Database, rows: ExportOpinionRow[]): Promise<ExportOpinion[]> {
	const { areas, themes } = await codesOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map(({ redacted_text, erased_at, ...row }) => ({
		...row,
		public_text: publicText({ text: row.text, redacted_text, erased_at }),
		state: stateOf(row),
		areas: areas.get(row.id) ?? [],
		themes: themes.get(row.id) ?? []
	}));
}

function stateOf(row: { status: string; split_at: string | null }): OpinionState {
	if (row.status === 'excluded') return 'excluded';
	if (row.split_at !== null) return 'split';
	return row.status === 'coded' ? 'coded' : 'received';
}
