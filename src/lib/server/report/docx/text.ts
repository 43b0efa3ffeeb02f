import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';

export type Block = Paragraph | Table;

/**
 * Characters XML 1.0 forbids (C0 controls but tab and newline, unpaired surrogates, U+FFFE/F) and
 * the invisible C1 controls. A document holding one does not open, so opinions lose them here.
 */
const XML_ILLEGAL =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function inert(text: string): string {
	return text.replace(XML_ILLEGAL, '');
}

export interface RunStyle {
	bold?: boolean;
	italics?: boolean;
	/** Half-points, as Word counts font sizes. */
	size?: number;
}

/** Text as runs, a line break where the text has one. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
	return inert(text)
		.split(/\r\n|\r|\n/)
		.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

const LEVELS = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3
} as const;

export function heading(level: keyof typeof LEVELS, text: string): Paragraph {
	return new Paragraph({ heading: LEVELS[level], children: textRuns(text) });
}

export function para(text: string, style: RunStyle = {}): Paragraph {
	return new Paragraph({ children: textRuns(text, style) });
}

export function bullet(text: string): Paragraph {
	return new Paragraph({ bullet: { level: 0 }, children: textRuns(text) });
}
