import type { ItemError, OpinionItem } from '$lib/domain/kiosk';
import {
	inTransaction,
	type Enrolment,
	type KioskDb,
	type OutboxEntry,
	type RejectedEntry
} from './store';

/**
 * Resolves only once the opinion is on disk, so the thank-you screen never shows for an opinion
 * a dying battery could still lose. Stamps the enrolled event, so an opinion cannot later travel
 * to another event's server account.
 */
export async function enqueue(db: KioskDb, item: OpinionItem, now: Date): Promise<void> {
	const tx = db.transaction(['outbox', 'meta'], 'readwrite', { durability: 'strict' });
	const outbox = tx.objectStore('outbox');
	await inTransaction(tx, async () => {
		const enrolment = (await tx.objectStore('meta').get('enrolment')) as Enrolment | undefined;
		if (!enrolment) throw new Error('The kiosk is not enrolled; nothing was queued.');
		const last = await outbox.index('bySeq').openCursor(null, 'prev');
		await outbox.add({
			uuid: item.uuid,
			seq: (last?.value.seq ?? 0) + 1,
			eventId: enrolment.eventId,
			queuedAt: now.toISOString(),
			item
		});
	});
}

export function countPending(db: KioskDb): Promise<number> {
	return db.count('outbox');
}

export function oldest(db: KioskDb, limit: number): Promise<OutboxEntry[]> {
	return db.getAllFromIndex('outbox', 'bySeq', null, limit);
}

export async function remove(db: KioskDb, uuids: readonly string[]): Promise<void> {
	if (uuids.length === 0) return;
	const tx = db.transaction('outbox', 'readwrite');
	await Promise.all([...uuids.map((uuid) => tx.store.delete(uuid)), tx.done]);
}

export interface Refusal {
	uuid: string;
	errors: ItemError[];
}

/** Moves refused opinions out of the outbox for staff to see; they are never sent again. */
export async function setAside(db: KioskDb, refusals: readonly Refusal[], now: Date) {
	if (refusals.length === 0) return;
	const tx = db.transaction(['outbox', 'rejected'], 'readwrite');
	const outbox = tx.objectStore('outbox');
	const rejected = tx.objectStore('rejected');
	await inTransaction(tx, async () => {
		for (const { uuid, errors } of refusals) {
			const entry = await outbox.get(uuid);
			if (!entry) continue;
			const { eventId, queuedAt, item } = entry;
			await rejected.put({ uuid, eventId, queuedAt, item, errors, rejectedAt: now.toISOString() });
			await outbox.delete(uuid);
		}
	});
}

export function listRejected(db: KioskDb): Promise<RejectedEntry[]> {
	return db.getAllFromIndex('rejected', 'byRejectedAt');
}

export function countRejected(db: KioskDb): Promise<number> {
	return db.count('rejected');
}
