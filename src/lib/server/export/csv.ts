import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Locale } from '$lib/paraglide/runtime';
import type { Database } from '../db/connect';
import { countComments } from '../repositories/comments';
import { OPINION_COLUMNS, headerRow } from './columns';
import type { JobContext } from './jobs';
import { neutralise } from './neutralise';
import { exportOpinionSlices } from './opinions';

/** UTF-8 with a BOM (Excel reads Polish letters only then), commas, CRLF; instants in ISO. */
export const CSV_OPTIONS = { bom: true, delimiter: ',', record_delimiter: 'windows' } as const;

export async function writeOpinionsCsv(
	db: Database,
	consultationId: number,
	locale: Locale,
	{ path, progress }: JobContext
): Promise<void> {
	const total = await countComments(db, consultationId);
	progress(0, total);
	async function* records() {
		yield headerRow(locale);
		let done = 0;
		for await (const slice of exportOpinionSlices(db, consultationId)) {
			for (const opinion of slice) {
				yield OPINION_COLUMNS.map((column) => neutralise(column.value(opinion, locale)));
			}
			done += slice.length;
			progress(done, Math.max(total, done));
		}
	}
	await pipeline(records(), stringify(CSV_OPTIONS), createWriteStream(path));
}
