import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ItemError, KioskConfig, OpinionItem } from '$lib/domain/kiosk';

export const DB_NAME = 'glosy-kiosk';
const VERSION = 1;

export interface OutboxEntry {
	uuid: string;
	/** Insertion order; the tablet's clock may jump, so it is not trusted for ordering. */
	seq: number;
	eventId: number;
	queuedAt: string;
	item: OpinionItem;
}

export interface RejectedEntry {
	uuid: string;
	eventId: number;
	queuedAt: string;
	rejectedAt: string;
	item: OpinionItem;
	errors: ItemError[];
}

export interface Enrolment {
	token: string;
	eventId: number;
	config: KioskConfig;
	pairedAt: string;
}

export interface PinVerifier {
	salt: Uint8Array<ArrayBuffer>;
	hash: Uint8Array<ArrayBuffer>;
	iterations: number;
}

export interface PinLock {
	failures: number;
	lockedAt: number | null;
}

export interface SyncError {
	code: string;
	message: string;
	at: string;
}

export interface SyncStatus {
	sentCount: number;
	lastSyncAt: string | null;
	lastAttemptAt: string | null;
	lastError: SyncError | null;
}

export interface MetaValues {
	enrolment: Enrolment;
	pin: PinVerifier;
	pinLock: PinLock;
	sync: SyncStatus;
}
export type MetaKey = keyof MetaValues;

export interface KioskSchema extends DBSchema {
	outbox: { key: string; value: OutboxEntry; indexes: { bySeq: number } };
	rejected: { key: string; value: RejectedEntry; indexes: { byRejectedAt: string } };
	meta: { key: MetaKey; value: MetaValues[MetaKey] };
}

export type KioskDb = IDBPDatabase<KioskSchema>;

export function openKioskDb(name = DB_NAME): Promise<KioskDb> {
	return openDB<KioskSchema>(name, VERSION, {
		upgrade(db, oldVersion) {
			if (oldVersion < 1) {
				db.createObjectStore('outbox', { keyPath: 'uuid' }).createIndex('bySeq', 'seq', {
					unique: true
				});
				db.createObjectStore('rejected', { keyPath: 'uuid' }).createIndex(
					'byRejectedAt',
					'rejectedAt'
				);
				db.createObjectStore('meta');
			}
		}
	});
}

/**
 * Runs `work` inside `tx` and settles once the transaction has committed. If `work` fails the
 * transaction is aborted, so nothing is half-written, and its rejection is still handled.
 */
export async function inTransaction<T>(
	tx: { done: Promise<void>; abort(): void },
	work: () => Promise<T>
): Promise<T> {
	const result = work().catch((error: unknown) => {
		try {
			tx.abort();
		} catch {
			// Already aborted by the failed request.
		}
		throw error;
	});
	return (await Promise.all([result, tx.done]))[0];
}

export async function getMeta<K extends MetaKey>(
	db: KioskDb,
	key: K
): Promise<MetaValues[K] | undefined> {
	return (await db.get('meta', key)) as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: KioskDb, key: K, value: MetaValues[K]) {
	const tx = db.transaction('meta', 'readwrite');
	await Promise.all([tx.store.put(value, key), tx.done]);
}

/** "End kiosk": nothing of the event may stay on a tablet that is handed back. */
export async function wipe(db: KioskDb): Promise<void> {
	const tx = db.transaction(['outbox', 'rejected', 'meta'], 'readwrite');
	await Promise.all([
		tx.objectStore('outbox').clear(),
		tx.objectStore('rejected').clear(),
		tx.objectStore('meta').clear(),
		tx.done
	]);
}

export type Persistence = 'granted' | 'denied' | 'unsupported';

/** Workers have no persist(); only a page can ask. */
interface Persistable {
	persist?(): Promise<boolean>;
	persisted(): Promise<boolean>;
}

/** Without persistence the browser may evict the outbox when the tablet runs low on space. */
export async function requestPersistence(
	storage: Persistable | undefined = globalThis.navigator?.storage
): Promise<Persistence> {
	if (!storage?.persist) return 'unsupported';
	if (await storage.persisted()) return 'granted';
	return (await storage.persist()) ? 'granted' : 'denied';
}
