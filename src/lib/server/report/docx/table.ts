import {
	AlignmentType,
	BorderStyle,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	WidthType
} from 'docx';
import { textRuns, type RunStyle } from './text';

export interface Column {
	header: string;
	/** Twips (1/20 pt); the columns of a table add up to the page's text width. */
	width: number;
	numeric?: boolean;
}

export interface TableOptions {
	/** Half-points; long tables use a smaller font. */
	size?: number;
	/** The last row sums the others and is set in bold. */
	totals?: boolean;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = {
	top: line,
	bottom: line,
	left: line,
	right: line,
	insideHorizontal: line,
	insideVertical: line
};
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F2' };

/** Only the header row states widths: a fixed layout takes them from there and the grid. */
function cell(text: string, column: Column, style: RunStyle, header = false): TableCell {
	return new TableCell({
		width: header ? { size: column.width, type: WidthType.DXA } : undefined,
		shading: header ? HEADER_SHADING : undefined,
		children: [
			new Paragraph({
				alignment: column.numeric ? AlignmentType.RIGHT : undefined,
				children: textRuns(text, style)
			})
		]
	});
}

/** A table whose header row repeats on every page it runs over. */
export function dataTable(columns: Column[], rows: string[][], options: TableOptions = {}): Table {
	const size = options.size;
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: columns.map((c) => cell(c.header, c, { bold: true, size }, true))
	});
	const body = rows.map(
		(row, r) =>
			new TableRow({
				children: columns.map((c, i) =>
					cell(row[i] ?? '', c, { size, bold: options.totals && r === rows.length - 1 })
				)
			})
	);
	return new Table({
		rows: [header, ...body],
		width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
		columnWidths: columns.map((c) => c.width),
		layout: TableLayoutType.FIXED,
		borders: BORDERS,
		margins: { top: 40, bottom: 40, left: 80, right: 80 }
	});
}

/** Splits a width among columns: the first takes `first`, the rest share what is left. */
export function widths(total: number, first: number, others: number): number[] {
	const each = Math.floor((total - first) / Math.max(1, others));
	return [total - each * others, ...Array<number>(others).fill(each)];
}
