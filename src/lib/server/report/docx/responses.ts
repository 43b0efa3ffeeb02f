import { sharesOf } from '$lib/domain/shares';
import { RESPONSE_STATUSES } from '$lib/domain/vocabularies';
import { responseStatusLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { num, opt, pct, PAGE, type DocxContext } from './context';
import { dataTable } from './table';
import { heading, type Block } from './text';

/** How many opinions got each kind of response, and how many none yet. */
export function responsesBlocks(ctx: DocxContext): Block[] {
	const o = opt(ctx);
	const { byStatus, none, total } = ctx.report.responses;
	const counts = [...RESPONSE_STATUSES.map((s) => byStatus[s]), none];
	const shares = sharesOf(counts);
	const labels = [
		...RESPONSE_STATUSES.map((s) => responseStatusLabel[s]({}, o)),
		m.docx_no_response({}, o)
	];
	const columns = [
		{ header: m.docx_col_response({}, o), width: PAGE.portrait - 3600 },
		{ header: m.docx_col_opinions({}, o), width: 1800, numeric: true },
		{ header: m.docx_col_share({}, o), width: 1800, numeric: true }
	];
	const rows = labels.map((label, i) => [label, num(ctx, counts[i]!), pct(ctx, shares[i]!)]);
	rows.push([m.docx_total({}, o), num(ctx, total), pct(ctx, total ? 1 : 0)]);
	return [heading(2, m.docx_responses({}, o)), dataTable(columns, rows, { totals: true })];
}
