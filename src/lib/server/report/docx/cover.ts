import { formatDate, formatDateTime } from '$lib/domain/format';
import { m } from '$lib/paraglide/messages';
import { num, opt, type DocxContext } from './context';
import { bullet, heading, para, type Block } from './text';

/** The title, which version this is, and the key figures. */
export function coverBlocks(ctx: DocxContext): Block[] {
	const { report, edition, locale } = ctx;
	const f = report.figures;
	const o = opt(ctx);
	const figures = [
		m.docx_figure_opinions({ count: f.opinions }, o),
		m.docx_figure_coded({ coded: num(ctx, f.coded), opinions: f.opinions }, o),
		m.docx_figure_people({ count: f.people }, o),
		m.docx_figure_events({ count: f.events }, o),
		m.docx_figure_meetings({ count: f.meetings }, o),
		m.docx_figure_channels({ count: f.channels }, o)
	];
	if (f.excluded > 0) figures.push(m.docx_figure_excluded({ count: f.excluded }, o));
	return [
		heading(1, m.docx_title({}, o)),
		para(report.consultation.title, { bold: true, size: 32 }),
		para(
			edition
				? m.docx_version(
						{ version: edition.version, date: formatDate(edition.publishedAt, locale) },
						o
					)
				: m.docx_draft({ date: formatDateTime(report.generatedAt, locale) }, o),
			{ italics: true }
		),
		heading(2, m.docx_figures({}, o)),
		...figures.map(bullet)
	];
}
