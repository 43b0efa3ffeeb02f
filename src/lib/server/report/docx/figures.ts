import { ImageRun, Paragraph } from 'docx';
import { reportCharts, type ChartSpec } from '$lib/report/charts';
import { chartHeight } from '$lib/report/chart-config';
import type { ReportSnapshot } from '$lib/domain/report';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '../render-chart';
import { num, opt, PAGE, type DocxChart, type DocxContext, type DocxLocale } from './context';
import { withDrawingId } from './drawing-id';
import { dataTable, widths } from './table';
import { inert, para, textRuns, type Block } from './text';

/** The page's text width in CSS pixels (twips / 15): the chart fills it. */
const CHART_WIDTH = Math.floor(PAGE.portrait / 15);
/** Taller charts (many events or themes) shrink to fit a page beside their caption. */
const MAX_HEIGHT = 860;

const hasData = (spec: ChartSpec) => spec.series.some((s) => s.values.some((v) => v > 0));

/** The report's charts as the public page has them (no drill links), drawn one after another. */
export async function renderReportCharts(
	report: ReportSnapshot,
	locale: DocxLocale,
	onChart: () => void = () => {}
): Promise<Map<string, DocxChart>> {
	const charts = new Map<string, DocxChart>();
	for (const spec of reportCharts(report, locale, null)) {
		const height = chartHeight(spec);
		const scale = Math.min(1, MAX_HEIGHT / height);
		const png = hasData(spec)
			? await renderChart(spec, { width: CHART_WIDTH, height, pixelRatio: 2, locale })
			: null;
		charts.set(spec.id, {
			spec,
			png,
			width: Math.round(CHART_WIDTH * scale),
			height: Math.round(height * scale)
		});
		onChart();
	}
	return charts;
}

export const chartCount = (report: ReportSnapshot, locale: DocxLocale) =>
	reportCharts(report, locale, null).length;

/** A chart's caption, its image with alt text, and the table of its numbers. */
export function chartBlocks(ctx: DocxContext, id: string): Block[] {
	const chart = ctx.charts.get(id);
	if (!chart) return [];
	const { spec, png } = chart;
	if (!png) return [para(m.docx_no_data({ title: spec.title }, opt(ctx)))];
	const title = inert(spec.title);
	return [
		new Paragraph({ keepNext: true, children: textRuns(spec.title, { bold: true }) }),
		new Paragraph({
			keepNext: true,
			children: [
				imageRun(ctx, id, {
					type: 'png',
					data: png,
					transformation: { width: chart.width, height: chart.height },
					altText: {
						name: `chart-${spec.id}`,
						title,
						description: m.docx_chart_alt({ title }, opt(ctx))
					}
				})
			]
		}),
		chartTable(ctx, spec),
		para('')
	];
}

/** Drawing ids follow the charts' order, so each is unique in the document. */
function imageRun(
	ctx: DocxContext,
	id: string,
	options: ConstructorParameters<typeof ImageRun>[0]
) {
	return withDrawingId(new ImageRun(options), [...ctx.charts.keys()].indexOf(id) + 1);
}

function chartTable(ctx: DocxContext, spec: ChartSpec) {
	const many = spec.series.length > 1;
	const first = many ? 2400 : 6000;
	const sizes = widths(PAGE.portrait, first, spec.series.length);
	const columns = [
		{ header: spec.categoryLabel, width: sizes[0]! },
		...spec.series.map((s, i) => ({ header: s.label, width: sizes[i + 1]!, numeric: true }))
	];
	const rows = spec.labels.map((label, i) => [
		label,
		...spec.series.map((s) => num(ctx, s.values[i] ?? 0))
	]);
	return dataTable(columns, rows, { size: many ? 18 : undefined });
}
