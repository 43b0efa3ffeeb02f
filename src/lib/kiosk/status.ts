import type { KioskConfig } from '$lib/domain/kiosk';
import { inTransaction, type Enrolment, type KioskDb, type SyncStatus } from './store';

export const EMPTY_STATUS: SyncStatus = {
	sentCount: 0,
	lastSyncAt: null,
	lastAttemptAt: null,
	lastError: null
};

/**
 * Changes the sync status of the enrolment that holds `token`; a sync still running while the
 * kiosk is ended must not leave a status behind on the wiped tablet.
 */
export async function updateStatus(
	db: KioskDb,
	token: string,
	change: (status: SyncStatus) => SyncStatus
): Promise<void> {
	const tx = db.transaction('meta', 'readwrite');
	await inTransaction(tx, async () => {
		const enrolment = (await tx.store.get('enrolment')) as Enrolment | undefined;
		if (enrolment?.token !== token) return;
		const status = ((await tx.store.get('sync')) as SyncStatus | undefined) ?? EMPTY_STATUS;
		await tx.store.put(change(status), 'sync');
	});
}

/** What the staff corner shows. */
export interface KioskSnapshot extends SyncStatus {
	pending: number;
	rejected: number;
	config: KioskConfig | null;
}

export async function readSnapshot(db: KioskDb): Promise<KioskSnapshot> {
	const tx = db.transaction(['outbox', 'rejected', 'meta']);
	const meta = tx.objectStore('meta');
	const [pending, rejected, status, enrolment] = await Promise.all([
		tx.objectStore('outbox').count(),
		tx.objectStore('rejected').count(),
		meta.get('sync') as Promise<SyncStatus | undefined>,
		meta.get('enrolment') as Promise<Enrolment | undefined>,
		tx.done
	]);
	return { ...(status ?? EMPTY_STATUS), pending, rejected, config: enrolment?.config ?? null };
}
