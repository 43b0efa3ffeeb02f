import { m } from '$lib/paraglide/messages';
import { opt, type DocxContext } from './context';
import { bullet, heading, para, type Block } from './text';

/** The consultation's purpose in the office's words, and its questions. */
export function askedBlocks(ctx: DocxContext): Block[] {
	const { consultation } = ctx.report;
	const o = opt(ctx);
	const texts = [consultation.description, consultation.visionText].filter((t) => t.trim());
	return [
		heading(2, m.docx_asked({}, o)),
		...texts.map((t) => para(t)),
		heading(3, m.docx_questions({}, o)),
		...(consultation.questions.length > 0
			? consultation.questions.map(bullet)
			: [para(m.docx_no_questions({}, o))])
	];
}
