import type { ReportOpinionRow } from '$lib/domain/report';
import type { Locale } from '$lib/paraglide/runtime';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import type { DocxContext, DocxEdition } from '../report/docx/context';
import { packDocument, reportDocument } from '../report/docx/document';
import { chartCount, renderReportCharts } from '../report/docx/figures';
import { buildReport } from './report';
import { countPublished, reportOpinionSlices, type ReportSource } from './report-opinions';
import { loadPublishedReport } from './report-publish';

/**
 * The zestawienie in the DOCX stops here. Measured at 200 000 opinions on 2 cores: the whole
 * document in 1.9–2.4 s with 2 000 lines, 2.6–3.0 s with 3 000, 4–5 s with 5 000 (docx turns
 * the table into XML in one synchronous pass). The XLSX and CSV exports hold every line; the
 * document says so.
 */
export const DOCX_TABLE_LIMIT = 2000;

export type DocxProgress = (done: number, total: number) => void;

/**
 * The whole report as an editable Word document: the live figures (source null) or a published
 * version's frozen ones; null when that version does not exist. Progress counts the charts drawn,
 * the lines of the zestawienie read, and the packing.
 */
export async function reportDocx(
	db: Database,
	consultation: Consultation,
	source: null,
	onProgress?: DocxProgress,
	locale?: Locale
): Promise<Buffer>;
export async function reportDocx(
	db: Database,
	consultation: Consultation,
	source: ReportSource,
	onProgress?: DocxProgress,
	locale?: Locale
): Promise<Buffer | null>;
export async function reportDocx(
	db: Database,
	consultation: Consultation,
	source: ReportSource,
	onProgress: DocxProgress = () => {},
	locale: Locale = 'pl'
): Promise<Buffer | null> {
	const edition = source ? await loadPublishedReport(db, consultation.id, source.version) : null;
	if (source && !edition) return null;
	const report = edition?.snapshot ?? (await buildReport(db, consultation));
	const total = source
		? await countPublished(db, consultation.id, source.version)
		: report.figures.opinions;
	const docLocale = locale === 'en' ? 'en' : 'pl';
	const listed = Math.min(total, DOCX_TABLE_LIMIT);
	const steps = chartCount(report, docLocale) + listed + 1;
	let done = 0;
	const step = (n = 1) => onProgress((done += n), steps);
	const charts = await renderReportCharts(report, docLocale, () => step());
	const rows: ReportOpinionRow[] = [];
	for await (const slice of reportOpinionSlices(db, consultation.id, source)) {
		const taken = slice.slice(0, listed - rows.length);
		rows.push(...taken);
		step(taken.length);
		if (rows.length >= listed) break;
	}
	const ctx: DocxContext = {
		locale: docLocale,
		report,
		edition: edition && editionOf(edition),
		charts
	};
	const file = await packDocument(reportDocument(ctx, { rows, total }));
	onProgress(steps, steps);
	return file;
}

const editionOf = (e: DocxEdition): DocxEdition => ({
	version: e.version,
	publishedAt: e.publishedAt
});
