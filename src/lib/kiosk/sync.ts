import type { ItemResult, KioskConfig } from '$lib/domain/kiosk';
import { OPINION_LIMITS } from '$lib/schemas/opinion';
import type { KioskApi } from './api';
import { BLOCKING_CODES, interpret } from './batch';
import { current, saveConfig } from './enrolment';
import { oldest, remove, setAside, type Refusal } from './outbox';
import { updateStatus } from './status';
import type { KioskDb, OutboxEntry, SyncError } from './store';

export interface SyncDeps {
	db: KioskDb;
	api: KioskApi;
	now: () => Date;
	/** Called after each batch, so the staff corner can count down a long outbox. */
	onProgress?: () => void;
}

export type SyncOutcome = 'done' | 'retry' | 'blocked';

export interface SyncSummary {
	outcome: SyncOutcome;
	stored: number;
	duplicates: number;
	rejected: number;
	error?: SyncError;
	/** The configuration fetched after the outbox was emptied. */
	config?: KioskConfig;
}

const LOCK_NAME = 'glosy-kiosk-sync';

/** Sends the outbox oldest first until it is empty or the server or network says stop. */
export async function syncOnce(deps: SyncDeps): Promise<SyncSummary> {
	// The page and the service worker may both try; the UUIDs make that safe, the lock cheap.
	const locks = globalThis.navigator?.locks;
	return locks ? await locks.request(LOCK_NAME, () => drain(deps)) : drain(deps);
}

async function drain(deps: SyncDeps): Promise<SyncSummary> {
	const { db, api, now } = deps;
	const summary: SyncSummary = { outcome: 'done', stored: 0, duplicates: 0, rejected: 0 };
	const enrolment = await current(db);
	if (!enrolment) {
		const error = { code: 'not_enrolled', message: 'The kiosk is not enrolled.', at: stamp(now) };
		return { ...summary, outcome: 'blocked', error };
	}
	const { token } = enrolment;
	const stop = async (outcome: SyncOutcome, code: string, message: string) => {
		const error = { code, message, at: stamp(now) };
		await updateStatus(db, token, (s) => ({ ...s, lastError: error }));
		return { ...summary, outcome, error };
	};

	let size = OPINION_LIMITS.batchItems;
	for (;;) {
		const batch = withinBodyLimit(sameEvent(await oldest(db, size)));
		const first = batch[0];
		if (!first) break;
		await updateStatus(db, token, (s) => ({ ...s, lastAttemptAt: stamp(now) }));
		const items = batch.map((entry) => entry.item);
		const step = interpret(await api.sendOpinions(token, { eventId: first.eventId, items }), batch);
		if (step.kind === 'stop') {
			// The resident screens must stop taking opinions too: learn what the consultation says now.
			if (step.code === 'consultation_closed') await refreshConfig(deps, token);
			return stop(step.outcome, step.code, step.message);
		}
		if (step.kind === 'shrink') {
			size = step.size;
			continue;
		}
		const results: ItemResult[] =
			step.kind === 'settle' ? step.results : [tooLarge(first, step.limit)];
		const accepted = step.kind === 'settle' && step.accepted;
		if (!(await settle(deps, token, batch, results, accepted, summary))) {
			return stop('retry', 'unexpected_answer', 'The server settled none of the items sent.');
		}
		deps.onProgress?.();
	}

	const answer = await api.config(token);
	if (answer.kind === 'ok') {
		await saveConfig(db, token, answer.data);
		await updateStatus(db, token, (s) => ({ ...s, lastSyncAt: stamp(now), lastError: null }));
		return { ...summary, config: answer.data };
	}
	if (answer.kind === 'refused' && BLOCKING_CODES.has(answer.body.error)) {
		return stop('blocked', answer.body.error, answer.body.message);
	}
	return summary;
}

async function refreshConfig({ db, api }: SyncDeps, token: string) {
	const answer = await api.config(token);
	if (answer.kind === 'ok') await saveConfig(db, token, answer.data);
}

/** Applies one batch's results; false if nothing left the outbox, so the loop cannot spin. */
async function settle(
	{ db, now }: SyncDeps,
	token: string,
	batch: readonly OutboxEntry[],
	results: readonly ItemResult[],
	accepted: boolean,
	summary: SyncSummary
): Promise<boolean> {
	const sent: string[] = [];
	const refused: Refusal[] = [];
	let stored = 0;
	batch.forEach(({ uuid }, i) => {
		const result = results[i];
		if (result?.status === 'rejected') refused.push({ uuid, errors: result.errors ?? [] });
		// invalid_items stores nothing, whatever an item's status claims.
		if (!accepted || !result) return;
		if (result.status === 'stored') stored++;
		if (result.status === 'stored' || result.status === 'duplicate') sent.push(uuid);
	});
	await remove(db, sent);
	await setAside(db, refused, now());
	summary.stored += stored;
	summary.duplicates += sent.length - stored;
	summary.rejected += refused.length;
	const at = stamp(now);
	// A duplicate is this tablet's own opinion whose first answer was lost: the server has it.
	await updateStatus(db, token, (s) => ({
		...s,
		sentCount: s.sentCount + sent.length,
		lastSyncAt: at,
		lastError: accepted ? null : s.lastError
	}));
	return sent.length + refused.length > 0;
}

function tooLarge(entry: OutboxEntry, limit: number | undefined): ItemResult {
	const error = { field: 'item', code: 'body_too_large', ...(limit ? { limit } : {}) };
	return { index: 0, uuid: entry.uuid, status: 'rejected', errors: [error] };
}

/** A batch goes to one event; older opinions of another event go first, on their own. */
function sameEvent(entries: OutboxEntry[]): OutboxEntry[] {
	const eventId = entries[0]?.eventId;
	const end = entries.findIndex((entry) => entry.eventId !== eventId);
	return end === -1 ? entries : entries.slice(0, end);
}

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/**
 * The oldest entries whose batch stays within the server's body limit, never fewer than one: a
 * body over it is refused, and a browser may see that refusal as a reset mid-upload and send the
 * same batch for ever. Fifty opinions pass the limit when their text is full of characters JSON
 * escapes (control characters take six bytes each). The body is `{"eventId":…,"items":[…]}`, so
 * its size is the sum of its parts.
 */
function withinBodyLimit(entries: OutboxEntry[]): OutboxEntry[] {
	let bytes = bytesOf({ eventId: entries[0]?.eventId, items: [] });
	const over = entries.findIndex((entry, i) => {
		bytes += bytesOf(entry.item) + (i > 0 ? 1 : 0);
		return bytes > OPINION_LIMITS.bodyBytes;
	});
	return over === -1 ? entries : entries.slice(0, Math.max(over, 1));
}

function stamp(now: () => Date): string {
	return now().toISOString();
}
