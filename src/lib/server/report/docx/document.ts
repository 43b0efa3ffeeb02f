import { Document, PageOrientation, type ISectionOptions } from 'docx';
import { m } from '$lib/paraglide/messages';
import { askedBlocks } from './asked';
import { opt, PAGE, type DocxContext } from './context';
import { coverBlocks } from './cover';
import { heardBlocks } from './heard';
import { howBlocks } from './how';
import { opinionsBlocks, type OpinionListing } from './opinions';
import { responsesBlocks } from './responses';
import { inert } from './text';
import { whoBlocks } from './who';

const margin = { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin };

/** Word's own heading styles (so its navigation pane and table of contents find them), darker. */
const heading = (outlineLevel: number, size: number, before: number) => ({
	run: { size, bold: true, color: '1F3864', font: 'Arial' },
	paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after: 120 } }
});

export function reportDocument(ctx: DocxContext, listing: OpinionListing): Document {
	const language = ctx.locale === 'pl' ? 'pl-PL' : 'en-GB';
	const portrait: ISectionOptions = {
		properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin } },
		children: [
			...coverBlocks(ctx),
			...askedBlocks(ctx),
			...howBlocks(ctx),
			...whoBlocks(ctx),
			...heardBlocks(ctx),
			...responsesBlocks(ctx)
		]
	};
	const landscape: ISectionOptions = {
		properties: {
			page: {
				size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
				margin
			}
		},
		children: opinionsBlocks(ctx, listing)
	};
	return new Document({
		title: inert(`${m.docx_title({}, opt(ctx))}: ${ctx.report.consultation.title}`),
		creator: 'Głosy',
		styles: {
			default: {
				document: {
					run: { font: 'Arial', size: 22, language: { value: language } },
					paragraph: { spacing: { after: 120 } }
				},
				heading1: heading(0, 36, 0),
				heading2: heading(1, 30, 360),
				heading3: heading(2, 25, 240)
			}
		},
		sections: [portrait, landscape]
	});
}

export { packDocument } from './pack';
