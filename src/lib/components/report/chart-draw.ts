import { getLocale } from '$lib/paraglide/runtime';
import type { Chart } from 'chart.js';
import { chartConfig, type Pattern } from '$lib/report/chart-config';
import type { ChartSpec } from '$lib/report/charts';
import { paintTile, TILE_SIZE } from '$lib/report/pattern';

/** A series fill: its colour, with a white pattern painted on a small tile after the first. */
function patternFill(colour: string, pattern: Pattern): string | CanvasPattern {
	if (pattern === 'solid') return colour;
	const tile = document.createElement('canvas');
	tile.width = TILE_SIZE;
	tile.height = TILE_SIZE;
	const ctx = tile.getContext('2d');
	if (!ctx) return colour;
	paintTile(ctx, colour, pattern);
	return ctx.createPattern(tile, 'repeat') ?? colour;
}

/**
 * Draws a chart on the canvas. Chart.js is imported here, on demand, so that it stays out of
 * every page that has no chart (the kiosk's budget is tight). A click on a bar follows the
 * series' link for that category, the same link its table cell has.
 */
export async function drawChart(
	canvas: HTMLCanvasElement,
	spec: ChartSpec,
	follow: (href: string) => void
): Promise<Chart> {
	const { default: ChartJs } = await import('chart.js/auto');
	const config = chartConfig(spec, {
		fill: patternFill,
		responsive: true,
		fontFamily: getComputedStyle(canvas).fontFamily,
		locale: getLocale()
	});
	const linked = spec.series.some((s) => s.links?.some(Boolean));
	const hrefAt = (chart: Chart, event: Event) => {
		const [hit] = chart.getElementsAtEventForMode(event, 'nearest', { intersect: true }, false);
		return hit ? (spec.series[hit.datasetIndex]?.links?.[hit.index] ?? null) : null;
	};
	config.options = {
		...config.options,
		onClick: (event, _elements, chart) => {
			const href = linked && event.native ? hrefAt(chart, event.native) : null;
			if (href) follow(href);
		},
		onHover: (event, _elements, chart) => {
			if (!linked || !event.native) return;
			canvas.style.cursor = hrefAt(chart, event.native) ? 'pointer' : 'default';
		}
	};
	return new ChartJs(canvas, config);
}
