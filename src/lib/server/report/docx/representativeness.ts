import { ExternalHyperlink, Paragraph, TextRun } from 'docx';
import { formatDate } from '$lib/domain/format';
import { sharesOf } from '$lib/domain/shares';
import { districtLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { num, opt, pct, PAGE, type DocxContext } from './context';
import { dataTable } from './table';
import { heading, inert, para, type Block } from './text';

/** Each district's share of the opinions naming a Warsaw district, beside its share of residents. */
export function representativenessBlocks(ctx: DocxContext): Block[] {
	const o = opt(ctx);
	const { rows, source, sourceUrl, asOf } = ctx.report.representativeness;
	const people = sharesOf(rows.map((r) => r.population));
	const opinions = sharesOf(rows.map((r) => r.opinions));
	const columns = [
		{ header: m.report_col_district({}, o), width: PAGE.portrait - 7200 },
		{ header: m.docx_col_population({}, o), width: 1800, numeric: true },
		{ header: m.docx_col_population_share({}, o), width: 1800, numeric: true },
		{ header: m.docx_col_opinions({}, o), width: 1800, numeric: true },
		{ header: m.docx_col_opinion_share({}, o), width: 1800, numeric: true }
	];
	const body = rows.map((r, i) => [
		districtLabel(r.district, ctx.locale),
		num(ctx, r.population),
		pct(ctx, people[i]!),
		num(ctx, r.opinions),
		pct(ctx, opinions[i]!)
	]);
	return [
		heading(3, m.docx_representativeness({}, o)),
		para(m.docx_repr_lead({}, o)),
		dataTable(columns, body, { size: 18 }),
		new Paragraph({
			children: [
				new TextRun(inert(m.docx_source({ source, date: formatDate(asOf, ctx.locale) }, o) + ' ')),
				new ExternalHyperlink({
					link: sourceUrl,
					children: [new TextRun({ text: inert(sourceUrl), style: 'Hyperlink' })]
				})
			]
		})
	];
}
