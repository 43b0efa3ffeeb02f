import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatNumber } from '$lib/domain/format';
import type { ChartSpec } from './charts';

/**
 * Series colours, each at least 4.5:1 against white, so bars pass WCAG's 3:1 for graphics even
 * where they are thin. Colour is never the only cue: series after the first also carry a
 * pattern, and every chart has its table.
 */
export const PALETTE = [
	'#1f5f99',
	'#b3471d',
	'#2e6b30',
	'#6a3d9a',
	'#7a5c00',
	'#00695c',
	'#ad1457',
	'#4e342e'
] as const;

export const PATTERNS = ['solid', 'stripes', 'dots', 'cross', 'waves', 'grid'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** Draws a pattern tile; the browser and the server each bring their own canvas. */
export type PatternFill = (colour: string, pattern: Pattern) => string | CanvasPattern;

export const seriesColour = (index: number) => PALETTE[index % PALETTE.length]!;
export const seriesPattern = (index: number) => PATTERNS[index % PATTERNS.length]!;

export interface ChartLook {
	fill: PatternFill;
	/** The server renders at a fixed size; the browser fits the chart to its box. */
	responsive: boolean;
	fontFamily: string;
	/** Numbers on the value axis and in tooltips read as the page does: „1 200”. */
	locale: string;
}

export function chartConfig(spec: ChartSpec, look: ChartLook): ChartConfiguration {
	const many = spec.series.length > 1;
	const axisText = { color: '#1a1a1a', font: { family: look.fontFamily, size: 13 } };
	// Counts of opinions: whole numbers only, grouped the Polish way even below 10 000.
	const valueAxis = {
		beginAtZero: true,
		stacked: spec.stacked,
		ticks: {
			...axisText,
			precision: 0,
			callback: (value: number | string) => formatNumber(Number(value), look.locale)
		}
	};
	const categoryAxis = { stacked: spec.stacked, ticks: axisText };
	return {
		type: spec.kind,
		data: {
			labels: spec.labels.map((label) => wrap(label)),
			datasets: spec.series.map((series, i) => ({
				label: series.label,
				data: series.values,
				backgroundColor: many ? look.fill(seriesColour(i), seriesPattern(i)) : seriesColour(i),
				borderColor: seriesColour(i),
				borderWidth: spec.kind === 'line' ? 2 : 1,
				pointRadius: spec.kind === 'line' ? 3 : undefined,
				pointStyle: spec.kind === 'line' ? 'rectRot' : undefined
			}))
		},
		options: {
			indexAxis: spec.horizontal ? 'y' : 'x',
			animation: false,
			responsive: look.responsive,
			maintainAspectRatio: false,
			locale: look.locale,
			scales: spec.horizontal
				? { x: valueAxis, y: categoryAxis }
				: { x: categoryAxis, y: valueAxis },
			plugins: {
				legend: { display: many, labels: axisText },
				title: { display: false },
				tooltip: {
					enabled: true,
					callbacks: {
						label: (item: TooltipItem<'bar' | 'line'>) =>
							`${item.dataset.label ?? ''}: ${formatNumber(
								(spec.horizontal ? item.parsed.x : item.parsed.y) ?? 0,
								look.locale
							)}`
					}
				}
			}
		}
	};
}

/** Long category names (themes, events) break into lines of about 32 characters. */
function wrap(label: string, width = 32): string | string[] {
	if (label.length <= width) return label;
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(' ')) {
		if (line && line.length + word.length + 1 > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Height in pixels that gives each bar of a horizontal chart room for its (wrapped) label. */
export function chartHeight(spec: ChartSpec): number {
	if (!spec.horizontal) return 320;
	return Math.max(200, 60 + spec.labels.length * 44);
}
