import { Paragraph, TextRun } from 'docx';
import type { ReportQuote } from '$lib/domain/report';
import { quoteAttribution } from '$lib/report/attribution';
import { type DocxContext } from './context';
import { inert, textRuns } from './text';

/** The quote in quotation marks, then who said it where, as the web report attributes it. */
export function quoteParagraph(ctx: DocxContext, quote: ReportQuote): Paragraph {
	const [open, close] = ctx.locale === 'pl' ? ['„', '”'] : ['“', '”'];
	return new Paragraph({
		indent: { left: 567 },
		children: [
			...textRuns(`${open}${quote.text}${close}`, { italics: true }),
			new TextRun({ text: ` (${inert(quoteAttribution(quote, ctx.locale))})` })
		]
	});
}
