import type { ReportOpinionRow } from '$lib/domain/report';
import { formatDate } from '$lib/domain/format';
import {
	channelLabel,
	districtLabel,
	responseStatusLabel,
	speakerKindLabel
} from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { opt, type DocxContext } from './context';
import { dataTable } from './table';
import { heading, para, type Block } from './text';

/** The lines of the zestawienie this document lists, out of how many there are. */
export interface OpinionListing {
	rows: ReportOpinionRow[];
	total: number;
}

/** Zestawienie uwag: every opinion (or the first ones) with its coding and response. */
export function opinionsBlocks(ctx: DocxContext, listing: OpinionListing): Block[] {
	const o = opt(ctx);
	const { rows, total } = listing;
	const lead =
		total === 0
			? m.docx_no_opinions({}, o)
			: rows.length < total
				? m.docx_opinions_truncated({ count: total, listed: rows.length }, o)
				: m.docx_opinions_all({ count: total }, o);
	const blocks: Block[] = [heading(2, m.docx_opinions({}, o)), para(lead)];
	if (rows.length > 0)
		blocks.push(
			dataTable(
				columns(ctx),
				rows.map((r) => line(ctx, r)),
				{ size: 16 }
			)
		);
	return blocks;
}

/** Landscape A4 text width (14 570 twips), the opinion's text taking the most. */
function columns(ctx: DocxContext) {
	const o = opt(ctx);
	return [
		{ header: m.docx_col_lp({}, o), width: 650, numeric: true },
		{ header: m.docx_col_id({}, o), width: 800, numeric: true },
		{ header: m.docx_col_received({}, o), width: 1250 },
		{ header: m.docx_col_channel({}, o), width: 1200 },
		{ header: m.docx_col_speaker({}, o), width: 1250 },
		{ header: m.report_col_district({}, o), width: 1150 },
		{ header: m.docx_col_concerns({}, o), width: 1900 },
		{ header: m.docx_col_text({}, o), width: 3770 },
		{ header: m.docx_col_response({}, o), width: 1200 },
		{ header: m.docx_col_justification({}, o), width: 1400 }
	];
}

function line(ctx: DocxContext, row: ReportOpinionRow): string[] {
	const o = opt(ctx);
	const concerns = [
		...row.areas.map((a) => `${m.report_area_short({ code: a.code }, o)} ${a.name}`),
		...row.themes
	];
	return [
		String(row.lp),
		String(row.id),
		formatDate(row.receivedAt, ctx.locale),
		channelLabel[row.channel]({}, o),
		row.speakerKind ? speakerKindLabel[row.speakerKind]({}, o) : m.not_given({}, o),
		districtLabel(row.district, ctx.locale),
		concerns.join('; ') || '—',
		row.text,
		row.status ? responseStatusLabel[row.status]({}, o) : m.docx_no_response({}, o),
		row.justification
	];
}
