const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'scroll'] as const;

/**
 * Calls onIdle after `ms` without a touch, a key or a scroll, and again after each later quiet
 * spell: the kiosk uses it to forget a resident who walked away mid-sentence.
 */
export function watchIdle(target: EventTarget, ms: number, onIdle: () => void): () => void {
	let timer = setTimeout(onIdle, ms);
	const restart = () => {
		clearTimeout(timer);
		timer = setTimeout(onIdle, ms);
	};
	for (const type of ACTIVITY)
		target.addEventListener(type, restart, { capture: true, passive: true });
	return () => {
		clearTimeout(timer);
		for (const type of ACTIVITY) target.removeEventListener(type, restart, { capture: true });
	};
}
