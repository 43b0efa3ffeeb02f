import { expect, type Page } from '@playwright/test';

export interface Focused {
	tag: string;
	type: string;
	name: string;
	visible: boolean;
	ring: boolean;
}

/** The focused element: what it is, its label, whether it is on screen and shows a focus ring. */
export function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) {
			return { tag: 'body', type: '', name: '', visible: false, ring: false };
		}
		const style = getComputedStyle(el);
		const rect = el.getBoundingClientRect();
		const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
		const ring =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
			style.boxShadow !== 'none';
		return {
			tag: el.tagName.toLowerCase(),
			type: el.getAttribute('type') ?? '',
			name: (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '')
				.replace(/\s+/g, ' ')
				.trim(),
			visible:
				rect.width > 0 &&
				rect.height > 0 &&
				rect.bottom > 0 &&
				rect.top < window.innerHeight &&
				rect.right > 0 &&
				rect.left < window.innerWidth,
			ring
		};
	});
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, checking at every stop that the
 * focus is on screen and visible (WCAG 2.4.7); returns the stops passed, for the focus order.
 */
export async function tabTo(
	page: Page,
	match: (f: Focused) => boolean,
	{ back = false, limit = 25 } = {}
): Promise<Focused[]> {
	const stops: Focused[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const now = await focused(page);
		stops.push(now);
		expect(now, `focus at stop ${i + 1}`).toMatchObject({ visible: true, ring: true });
		if (match(now)) return stops;
	}
	throw new Error(`Not reached in ${limit} presses of Tab: ${JSON.stringify(stops.at(-1))}`);
}

export const named = (name: string | RegExp) => (f: Focused) =>
	typeof name === 'string' ? f.name === name : name.test(f.name);

/** 1280×800 at 200 % zoom, and WCAG 1.4.10's 320 CSS px. */
export const ZOOMED = [
	{ width: 640, height: 400 },
	{ width: 320, height: 640 }
];

/**
 * What the reader loses at this width: a page that scrolls sideways, or a heading, button or
 * field cut off at the edge. A table may scroll inside its own container.
 */
export function reflowProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const problems: string[] = [];
		if (root.scrollWidth > root.clientWidth) {
			problems.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
		}
		const scrollsItself = (el: Element) =>
			['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
		const selector = 'h1, h2, h3, button, input, select, textarea, summary, label, a.button';
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			if (el.closest('[aria-hidden="true"], .visually-hidden, [hidden]')) continue;
			const rect = el.getBoundingClientRect();
			if (rect.width <= 1 || rect.height <= 1) continue;
			let parent = el.parentElement;
			while (parent && !scrollsItself(parent)) parent = parent.parentElement;
			if (parent && parent !== document.body && parent !== root) continue;
			if (rect.left < -1 || rect.right > root.clientWidth + 1) {
				const name = (el.textContent ?? el.getAttribute('name') ?? '').trim().slice(0, 40);
				problems.push(
					`${el.tagName.toLowerCase()} „${name}” is cut off (${Math.round(rect.left)}–${Math.round(rect.right)}px)`
				);
			}
		}
		return problems;
	});
}

/** Checks the page at each zoomed size, then restores the viewport. */
export async function expectReflows(page: Page, label: string) {
	const before = page.viewportSize();
	for (const size of ZOOMED) {
		await page.setViewportSize(size);
		expect(await reflowProblems(page), `${label} at ${size.width}×${size.height}`).toEqual([]);
	}
	if (before) await page.setViewportSize(before);
}
