import type { ReportSnapshot } from '$lib/domain/report';
import type { ChartSpec } from '$lib/report/charts';
import { formatNumber, formatPercent } from '$lib/domain/format';

/** Languages the document is written in; a Ukrainian reader gets the official Polish text. */
export type DocxLocale = 'pl' | 'en';

/** A4 with 2 cm margins, in twips. */
export const PAGE = {
	width: 11906,
	height: 16838,
	margin: 1134,
	/** Text width in portrait and in landscape. */
	portrait: 11906 - 2 * 1134,
	landscape: 16838 - 2 * 1134
} as const;

export interface DocxChart {
	spec: ChartSpec;
	/** Null when the chart has nothing to draw. */
	png: Buffer | null;
	/** Size on the page, in CSS pixels (96 to the inch). */
	width: number;
	height: number;
}

export interface DocxEdition {
	version: number;
	publishedAt: string;
}

export interface DocxContext {
	locale: DocxLocale;
	report: ReportSnapshot;
	/** The published version the document shows, or null for the live (draft) report. */
	edition: DocxEdition | null;
	charts: Map<string, DocxChart>;
}

export const num = (ctx: DocxContext, n: number) => formatNumber(n, ctx.locale);
export const pct = (ctx: DocxContext, share: number) => formatPercent(share, ctx.locale);
export const opt = (ctx: DocxContext) => ({ locale: ctx.locale });
