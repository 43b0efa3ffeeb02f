import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { Chart, registerables, type ChartItem, type Plugin } from 'chart.js';
import { chartConfig, chartHeight, type PatternFill } from '$lib/report/chart-config';
import type { ChartSpec } from '$lib/report/charts';
import { paintTile, TILE_SIZE } from '$lib/report/pattern';

Chart.register(...registerables);

/** Metric-compatible with Arial first, so a chart looks like the document's text around it. */
const FONT_PREFERENCE = ['Liberation Sans', 'Arial', 'DejaVu Sans', 'Noto Sans'];

let fontFamily: string | undefined;

export function chartFontFamily(): string {
	if (fontFamily) return fontFamily;
	const installed = new Set(GlobalFonts.families.map((f) => f.family));
	fontFamily = FONT_PREFERENCE.find((name) => installed.has(name)) ?? 'sans-serif';
	return fontFamily;
}

/** A PNG is transparent where Chart.js draws nothing; Word shows that black in some viewers. */
const whiteBackground: Plugin = {
	id: 'whiteBackground',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	}
};

function patternFill(ctx: SKRSContext2D): PatternFill {
	return (colour, pattern) => {
		if (pattern === 'solid') return colour;
		const tile = createCanvas(TILE_SIZE, TILE_SIZE);
		paintTile(tile.getContext('2d'), colour, pattern);
		return ctx.createPattern(tile, 'repeat') as unknown as CanvasPattern;
	};
}

export interface ChartSize {
	/** In CSS pixels, as the browser would lay the chart out. */
	width: number;
	height?: number;
	/** Device pixels per CSS pixel: 2 keeps the image sharp when Word prints it. */
	pixelRatio?: number;
	/** Number format of the axis ticks. */
	locale?: string;
}

/**
 * Draws a chart of the report as a PNG with the browser's own configuration. The PNG measures
 * width × pixelRatio by height × pixelRatio pixels; encoding runs off the main thread.
 */
export async function renderChart(spec: ChartSpec, size: ChartSize): Promise<Buffer> {
	const pixelRatio = size.pixelRatio ?? 1;
	const canvas = createCanvas(size.width, size.height ?? chartHeight(spec));
	const ctx = canvas.getContext('2d');
	const config = chartConfig(spec, {
		fill: patternFill(ctx),
		responsive: false,
		fontFamily: chartFontFamily(),
		locale: size.locale ?? 'pl'
	});
	config.options = { ...config.options, devicePixelRatio: pixelRatio };
	config.plugins = [...(config.plugins ?? []), whiteBackground];
	const chart = new Chart(ctx as unknown as ChartItem, config);
	try {
		return await canvas.encode('png');
	} finally {
		chart.destroy();
	}
}
