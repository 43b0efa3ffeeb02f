import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle as sut } from './idle';

describe('watchIdle', () => {
	let target: EventTarget;
	let onIdle: ReturnType<typeof vi.fn<() => void>>;
	beforeEach(() => {
		vi.useFakeTimers();
		target = new EventTarget();
		onIdle = vi.fn<() => void>();
	});
	afterEach(() => vi.useRealTimers());

	it('fires after the quiet time', () => {
		sut(target, 60_000, onIdle);

		vi.advanceTimersByTime(59_999);
		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onIdle).toHaveBeenCalledOnce();
	});

	it('starts counting again at every touch or key', () => {
		sut(target, 60_000, onIdle);

		vi.advanceTimersByTime(50_000);
		target.dispatchEvent(new Event('pointerdown'));
		vi.advanceTimersByTime(50_000);
		target.dispatchEvent(new Event('keydown'));
		vi.advanceTimersByTime(59_000);

		expect(onIdle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1_000);
		expect(onIdle).toHaveBeenCalledOnce();
	});

	it('stops when disposed', () => {
		const stop = sut(target, 60_000, onIdle);

		stop();
		target.dispatchEvent(new Event('input'));
		vi.advanceTimersByTime(120_000);

		expect(onIdle).not.toHaveBeenCalled();
	});
});
