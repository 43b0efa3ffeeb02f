import type { Pattern } from './chart-config';

/** The 2D context calls a tile needs; the browser's and @napi-rs/canvas's contexts both have them. */
export interface TileContext {
	fillStyle: unknown;
	strokeStyle: unknown;
	lineWidth: number;
	fillRect(x: number, y: number, w: number, h: number): void;
	beginPath(): void;
	moveTo(x: number, y: number): void;
	lineTo(x: number, y: number): void;
	arc(x: number, y: number, r: number, start: number, end: number): void;
	fill(): void;
	stroke(): void;
}

export const TILE_SIZE = 12;

/** Paints one repeating tile: the series colour with white marks, so series differ without colour. */
export function paintTile(ctx: TileContext, colour: string, pattern: Pattern): void {
	const s = TILE_SIZE;
	ctx.fillStyle = colour;
	ctx.fillRect(0, 0, s, s);
	ctx.strokeStyle = '#ffffff';
	ctx.fillStyle = '#ffffff';
	ctx.lineWidth = 2;
	const line = (x1: number, y1: number, x2: number, y2: number) => {
		ctx.beginPath();
		ctx.moveTo(x1, y1);
		ctx.lineTo(x2, y2);
		ctx.stroke();
	};
	switch (pattern) {
		case 'solid':
			return;
		case 'stripes':
			line(0, s, s, 0);
			line(-s / 2, s / 2, s / 2, -s / 2);
			line(s / 2, s * 1.5, s * 1.5, s / 2);
			return;
		case 'dots':
			ctx.beginPath();
			ctx.arc(s / 2, s / 2, 2, 0, Math.PI * 2);
			ctx.fill();
			return;
		case 'cross':
			line(0, 0, s, s);
			line(0, s, s, 0);
			return;
		case 'waves':
			line(0, s / 2, s / 2, s / 4);
			line(s / 2, s / 4, s, s / 2);
			return;
		case 'grid':
			line(s / 2, 0, s / 2, s);
			line(0, s / 2, s, s / 2);
			return;
	}
}
