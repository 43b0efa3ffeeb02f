import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '$lib/report/charts';
import { chartHeight } from '$lib/report/chart-config';
import { chartFontFamily, renderChart as sut } from './render-chart';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const spec = (overrides: Partial<ChartSpec> = {}): ChartSpec => ({
	id: 'areas',
	title: 'Uwagi według obszaru programu',
	kind: 'bar',
	horizontal: true,
	stacked: false,
	categoryLabel: 'Obszar',
	labels: ['Obszar 1. Budowanie otwartości', 'Obszar 2. Aktywność', 'Bez obszaru'],
	series: [{ label: 'Liczba uwag', values: [12, 7, 3], links: null }],
	...overrides
});

const dimensions = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Red, green, blue of one pixel of an 8-bit RGBA PNG, decoded by the canvas itself. */
async function pixel(png: Buffer, x: number, y: number) {
	const { Image, createCanvas } = await import('@napi-rs/canvas');
	const image = new Image();
	image.src = png;
	const canvas = createCanvas(image.width, image.height);
	const ctx = canvas.getContext('2d');
	ctx.drawImage(image, 0, 0);
	return [...ctx.getImageData(x, y, 1, 1).data];
}

describe('renderChart', () => {
	it('draws a PNG of the size asked for', async () => {
		const png = await sut(spec(), { width: 600, height: 300 });

		expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(dimensions(png)).toEqual({ width: 600, height: 300 });
		expect(png.length).toBeGreaterThan(5_000);
	});

	it('scales by the pixel ratio and takes the height the page would give the chart', async () => {
		const chart = spec();
		const png = await sut(chart, { width: 500, pixelRatio: 2 });

		expect(dimensions(png)).toEqual({ width: 1000, height: chartHeight(chart) * 2 });
	});

	it('paints a white background rather than leaving it transparent', async () => {
		const png = await sut(spec(), { width: 400, height: 200 });

		expect(await pixel(png, 1, 1)).toEqual([255, 255, 255, 255]);
	});

	it('draws stacked series with patterns, and a line chart', async () => {
		const stacked = spec({
			id: 'area-channel',
			stacked: true,
			series: [
				{ label: 'Formularz online', values: [5, 2, 1], links: null },
				{ label: 'E-mail', values: [4, 3, 0], links: null },
				{ label: 'Spotkanie', values: [3, 2, 2], links: null }
			]
		});
		const line = spec({ id: 'time', kind: 'line', horizontal: false });

		for (const chart of [stacked, line]) {
			const png = await sut(chart, { width: 600, height: 320 });
			expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
			expect(png.length).toBeGreaterThan(5_000);
		}
	});

	it('writes with an installed font', () => {
		const installed = GlobalFonts.families.map((f) => f.family);

		expect(installed).toContain(chartFontFamily());
	});
});
