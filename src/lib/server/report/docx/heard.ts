import type { ReportArea } from '$lib/domain/report';
import { shareOf } from '$lib/domain/shares';
import { m } from '$lib/paraglide/messages';
import { num, opt, pct, PAGE, type DocxContext } from './context';
import { chartBlocks } from './figures';
import { quoteParagraph } from './quotes';
import { dataTable } from './table';
import { heading, para, type Block } from './text';

/** Per area: how many opinions, its themes ranked, and a few quotes. */
export function heardBlocks(ctx: DocxContext): Block[] {
	const o = opt(ctx);
	const { areas, crossThemes, withoutArea } = ctx.report;
	const blocks: Block[] = [
		heading(2, m.docx_heard({}, o)),
		para(m.docx_heard_lead({}, o)),
		...chartBlocks(ctx, 'areas'),
		...chartBlocks(ctx, 'area-channel')
	];
	for (const area of areas) blocks.push(...areaBlocks(ctx, area));
	if (crossThemes.length > 0) {
		blocks.push(heading(3, m.docx_cross_themes({}, o)), themeTable(ctx, crossThemes));
	}
	if (withoutArea > 0) blocks.push(para(m.docx_without_area({ count: withoutArea }, o)));
	return blocks;
}

function areaBlocks(ctx: DocxContext, area: ReportArea): Block[] {
	const o = opt(ctx);
	const share = pct(ctx, shareOf(area.opinions, ctx.report.figures.opinions));
	const blocks: Block[] = [
		heading(3, `${m.report_area_short({ code: area.code }, o)} ${area.name}`),
		para(m.docx_area_opinions({ count: area.opinions, share }, o))
	];
	if (area.themes.length === 0) blocks.push(para(m.docx_no_themes({}, o)));
	else blocks.push(...chartBlocks(ctx, `themes-${area.code}`));
	if (area.quotes.length > 0) {
		blocks.push(para(m.docx_quotes({}, o), { bold: true }));
		blocks.push(...area.quotes.map((q) => quoteParagraph(ctx, q)));
	}
	return blocks;
}

function themeTable(ctx: DocxContext, themes: ReportArea['themes']) {
	const o = opt(ctx);
	const columns = [
		{ header: m.report_col_theme({}, o), width: PAGE.portrait - 1800 },
		{ header: m.docx_col_opinions({}, o), width: 1800, numeric: true }
	];
	return dataTable(
		columns,
		themes.map((t) => [t.name, num(ctx, t.n)])
	);
}
