import { sharesOf } from '$lib/domain/shares';
import { channelLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { num, opt, pct, PAGE, type DocxContext } from './context';
import { chartBlocks } from './figures';
import { representativenessBlocks } from './representativeness';
import { dataTable } from './table';
import { heading, para, type Block } from './text';

/** Opinions by channel, event, district and age band, and how the districts compare. */
export function whoBlocks(ctx: DocxContext): Block[] {
	const o = opt(ctx);
	return [
		heading(2, m.docx_who({}, o)),
		heading(3, m.docx_by_channel({}, o)),
		channelTable(ctx),
		para(''),
		...chartBlocks(ctx, 'events'),
		...chartBlocks(ctx, 'districts'),
		...chartBlocks(ctx, 'ages'),
		para(m.docx_voluntary({}, o), { italics: true }),
		...representativenessBlocks(ctx)
	];
}

function channelTable(ctx: DocxContext) {
	const o = opt(ctx);
	const { channels, figures } = ctx.report;
	const shares = sharesOf(channels.map((c) => c.n));
	const columns = [
		{ header: m.docx_col_channel({}, o), width: PAGE.portrait - 3600 },
		{ header: m.docx_col_opinions({}, o), width: 1800, numeric: true },
		{ header: m.docx_col_share({}, o), width: 1800, numeric: true }
	];
	const rows = channels.map((c, i) => [
		channelLabel[c.key]({}, o),
		num(ctx, c.n),
		pct(ctx, shares[i]!)
	]);
	rows.push([m.docx_total({}, o), num(ctx, figures.opinions), pct(ctx, figures.opinions ? 1 : 0)]);
	return dataTable(columns, rows, { totals: true });
}
