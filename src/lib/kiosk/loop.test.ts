import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from './backoff';
import { createSyncLoop, type KioskSyncState, type LoopDeps, type Scheduler } from './loop';
import { countPending } from './outbox';
import type { KioskDb } from './store';
import type { SyncOutcome, SyncSummary } from './sync';
import { at, enrol, fakeServer, freshDb, queue, storingServer } from './testing';

function manualScheduler() {
	const timers = new Map<number, () => void>();
	const delays: number[] = [];
	let last = 0;
	const scheduler: Scheduler = {
		setTimeout(run, ms) {
			timers.set(++last, run);
			delays.push(ms);
			return last;
		},
		clearTimeout: (handle) => timers.delete(handle as number)
	};
	const fire = () => {
		const [id, run] = [...timers][0]!;
		timers.delete(id);
		run();
	};
	return { scheduler, delays, fire, planned: () => timers.size };
}

const summary = (outcome: SyncOutcome): SyncSummary => ({
	outcome,
	stored: 0,
	duplicates: 0,
	rejected: 0
});

describe('backoffDelay', () => {
	it('waits 2 s, doubling up to 5 minutes', () => {
		const delays = Array.from({ length: 11 }, (_, i) => backoffDelay(i + 1, () => 0));
		expect(delays).toEqual([
			2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000, 300_000
		]);
	});

	it('shortens a wait by at most a quarter at random', () => {
		expect(backoffDelay(3, () => 0.999_999)).toBe(6_000);
		expect(backoffDelay(50, () => 0.5)).toBe(262_500);
	});
});

describe('createSyncLoop', () => {
	let db: KioskDb;
	let timers: ReturnType<typeof manualScheduler>;
	let stop = () => {};
	beforeEach(async () => {
		db = await freshDb();
		await enrol(db);
		timers = manualScheduler();
	});
	afterEach(() => {
		stop();
		db.close();
	});

	function start(overrides: Partial<LoopDeps>) {
		const deps: LoopDeps = {
			db,
			api: fakeServer(storingServer()).api,
			now: () => at(600),
			scheduler: timers.scheduler,
			random: () => 0,
			events: null,
			...overrides
		};
		const sut = createSyncLoop(deps);
		stop = () => sut.stop();
		return sut;
	}

	it('keeps everything while offline, backs off 2 s, 4 s, 8 s and resets after success', async () => {
		await queue(db, 3);
		let offline = 3;
		const storing = storingServer();
		const { api } = fakeServer((request) =>
			offline-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : storing(request)
		);
		const sut = start({ api });

		await sut.idle();
		expect(timers.delays).toEqual([2_000]);
		expect(sut.state).toMatchObject({ pending: 3, nextAttemptAt: at(602).getTime() });
		timers.fire();
		await sut.idle();
		timers.fire();
		await sut.idle();
		expect(timers.delays).toEqual([2_000, 4_000, 8_000]);
		expect(await countPending(db)).toBe(3);

		timers.fire();
		await sut.idle();
		expect(await countPending(db)).toBe(0);
		expect(timers.planned()).toBe(0);
		expect(sut.state).toMatchObject({ pending: 0, sentCount: 3, lastError: null });

		offline = 1;
		await queue(db, 1, 10);
		sut.kick();
		await sut.idle();
		expect(timers.delays).toEqual([2_000, 4_000, 8_000, 2_000]);
	});

	it('caps the wait at 5 minutes however long the network is gone', async () => {
		const sut = start({ sync: () => Promise.resolve(summary('retry')) });
		for (let i = 0; i < 10; i++) {
			await sut.idle();
			timers.fire();
		}
		await sut.idle();
		expect(timers.delays.slice(-3)).toEqual([300_000, 300_000, 300_000]);
	});

	it('never runs two syncs at once and runs once more after a kick during a sync', async () => {
		const gates: (() => void)[] = [];
		let running = 0;
		let most = 0;
		const sync = vi.fn(async () => {
			most = Math.max(most, ++running);
			await new Promise<void>((resolve) => gates.push(resolve));
			running--;
			return summary('done');
		});
		const sut = start({ sync });

		sut.kick();
		sut.kick();
		sut.kick();
		expect(sync).toHaveBeenCalledTimes(1);
		gates.shift()!();
		await vi.waitFor(() => expect(sync).toHaveBeenCalledTimes(2));
		gates.shift()!();
		await sut.idle();

		expect(sync).toHaveBeenCalledTimes(2);
		expect(most).toBe(1);
	});

	it('stops retrying when blocked until it is kicked', async () => {
		const events = new EventTarget();
		const sync = vi.fn(() => Promise.resolve(summary('blocked')));
		const sut = start({ sync, events });

		await sut.idle();
		expect(sut.state.blocked).toBe(true);
		expect(timers.planned()).toBe(0);
		events.dispatchEvent(new Event('online'));
		await sut.idle();
		expect(sync).toHaveBeenCalledTimes(1);

		sut.kick();
		await sut.idle();
		expect(sync).toHaveBeenCalledTimes(2);
	});

	it('tries at once when the network comes back', async () => {
		const events = new EventTarget();
		const outcomes: SyncOutcome[] = ['retry', 'done'];
		const sync = vi.fn(() => Promise.resolve(summary(outcomes.shift()!)));
		const sut = start({ sync, events });
		await sut.idle();
		expect(timers.planned()).toBe(1);

		events.dispatchEvent(new Event('online'));
		await sut.idle();

		expect(sync).toHaveBeenCalledTimes(2);
		expect(timers.planned()).toBe(0);
	});

	it('backs off when a sync throws', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const sut = start({ sync: () => Promise.reject(new Error('disk full')) });
		await sut.idle();
		expect(timers.delays).toEqual([2_000]);
		expect(error).toHaveBeenCalledOnce();
		error.mockRestore();
	});

	it('tells subscribers what the staff corner shows', async () => {
		await queue(db, 2);
		const seen: KioskSyncState[] = [];
		const sut = start({});
		const unsubscribe = sut.subscribe((state) => seen.push(state));
		await sut.idle();
		unsubscribe();

		expect(seen[0]).toMatchObject({ syncing: true });
		expect(seen.some((s) => s.pending === 2)).toBe(true);
		expect(seen.at(-1)).toMatchObject({
			syncing: false,
			blocked: false,
			pending: 0,
			rejected: 0,
			sentCount: 2,
			lastSyncAt: at(600).toISOString(),
			lastError: null,
			nextAttemptAt: null
		});
		expect(seen.at(-1)?.config?.event.id).toBe(12);
	});

	it('does nothing more once stopped', async () => {
		const events = new EventTarget();
		const sync = vi.fn(() => Promise.resolve(summary('retry')));
		const sut = start({ sync, events });
		await sut.idle();

		sut.stop();
		events.dispatchEvent(new Event('online'));
		sut.kick();
		await sut.idle();

		expect(timers.planned()).toBe(0);
		expect(sync).toHaveBeenCalledTimes(1);
	});
});
