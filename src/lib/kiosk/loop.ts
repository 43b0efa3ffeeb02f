import { backoffDelay } from './backoff';
import { readSnapshot, type KioskSnapshot } from './status';
import { syncOnce, type SyncDeps, type SyncOutcome, type SyncSummary } from './sync';

export interface KioskSyncState extends KioskSnapshot {
	syncing: boolean;
	/** After a refusal only staff can cure; no automatic retries until kick(). */
	blocked: boolean;
	/** Epoch ms of the next automatic attempt, if one is planned. */
	nextAttemptAt: number | null;
}

export interface Scheduler {
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

type OnlineEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface LoopDeps extends SyncDeps {
	scheduler?: Scheduler;
	random?: () => number;
	/** Where `online` is announced; globalThis when it has events, null for none. */
	events?: OnlineEvents | null;
	sync?: (deps: SyncDeps) => Promise<SyncSummary>;
}

/** Also a Svelte store: `subscribe` calls back at once with the current state. */
export interface SyncLoop {
	kick(): void;
	stop(): void;
	subscribe(listener: (state: KioskSyncState) => void): () => void;
	/** Settles once no sync runs and none is queued. */
	idle(): Promise<void>;
	readonly state: KioskSyncState;
}

const INITIAL: KioskSyncState = {
	pending: 0,
	rejected: 0,
	sentCount: 0,
	lastSyncAt: null,
	lastAttemptAt: null,
	lastError: null,
	config: null,
	syncing: false,
	blocked: false,
	nextAttemptAt: null
};

const systemScheduler: Scheduler = {
	setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};

function globalEvents(): OnlineEvents | null {
	return typeof globalThis.addEventListener === 'function' ? globalThis : null;
}

/**
 * Syncs now, then again after each failure with backoff, on `online`, and whenever kicked
 * (a new opinion, "sync now"). Never two syncs at once: a kick during a sync queues one more.
 */
export function createSyncLoop(deps: LoopDeps): SyncLoop {
	const scheduler = deps.scheduler ?? systemScheduler;
	const sync = deps.sync ?? syncOnce;
	const events = deps.events === undefined ? globalEvents() : deps.events;
	const listeners = new Set<(state: KioskSyncState) => void>();
	let state = INITIAL;
	let running: Promise<void> | null = null;
	let again = false;
	let stopped = false;
	let failures = 0;
	let timer: unknown = null;
	let reads = 0;

	function publish(patch: Partial<KioskSyncState>) {
		state = { ...state, ...patch };
		for (const listener of listeners) listener(state);
	}

	async function refresh() {
		if (stopped) return;
		const read = ++reads;
		try {
			const snapshot = await readSnapshot(deps.db);
			if (read === reads && !stopped) publish(snapshot);
		} catch (error) {
			console.error('kiosk: reading the sync status failed', error);
		}
	}

	function cancelTimer() {
		if (timer !== null) scheduler.clearTimeout(timer);
		timer = null;
	}

	function start() {
		if (stopped) return;
		if (running) {
			again = true;
			return;
		}
		cancelTimer();
		running = cycle();
	}

	async function attempt(): Promise<SyncOutcome> {
		try {
			return (await sync({ ...deps, onProgress: () => void refresh() })).outcome;
		} catch (error) {
			console.error('kiosk: sync failed', error);
			return 'retry';
		}
	}

	async function cycle() {
		publish({ syncing: true, nextAttemptAt: null });
		const outcome = await attempt();
		await refresh();
		running = null;
		if (outcome === 'done') failures = 0;
		if (outcome === 'retry') failures++;
		publish({ syncing: false, blocked: outcome === 'blocked' });
		if (stopped) return;
		if (again) {
			again = false;
			start();
		} else if (outcome === 'retry') {
			const ms = backoffDelay(failures, deps.random);
			timer = scheduler.setTimeout(() => {
				timer = null;
				start();
			}, ms);
			publish({ nextAttemptAt: deps.now().getTime() + ms });
		}
	}

	function onOnline() {
		if (!state.blocked) start();
	}

	events?.addEventListener('online', onOnline);
	void refresh();
	start();

	return {
		kick() {
			publish({ blocked: false });
			void refresh();
			start();
		},
		stop() {
			stopped = true;
			cancelTimer();
			events?.removeEventListener('online', onOnline);
		},
		subscribe(listener) {
			listeners.add(listener);
			listener(state);
			return () => listeners.delete(listener);
		},
		async idle() {
			while (running) await running;
		},
		get state() {
			return state;
		}
	};
}
