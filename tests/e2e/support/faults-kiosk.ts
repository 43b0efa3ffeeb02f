import type { BrowserContext, BrowserType, Page } from '@playwright/test';
import Sqlite from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { OpinionItem } from '../../../src/lib/domain/kiosk';
import { kioskItem } from './opinion-item';

/** A tablet's browser whose profile (IndexedDB, service worker) stays on disk when it closes. */
export function tabletBrowser(browserType: BrowserType, profile: string, origin: string) {
	rmSync(profile, { recursive: true, force: true });
	return (): Promise<BrowserContext> =>
		browserType.launchPersistentContext(profile, {
			baseURL: origin,
			locale: 'pl-PL',
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
		});
}

export function offlineOpinion(n: number): OpinionItem {
	return kioskItem(`Opinia z kolejki nr ${n}: ławki, cień i woda pitna na skwerze.`);
}

/**
 * Appends opinions to the tablet's outbox as its enqueue() does (src/lib/kiosk/outbox.ts): one
 * strict transaction, the next seq, the enrolled event. Typing 200 opinions through the screens
 * would take minutes; the first ones of the test go through the screens.
 */
export function seedOutbox(page: Page, items: OpinionItem[]): Promise<number> {
	return page.evaluate(async (queued) => {
		const done = <T>(request: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
			});
		const db = await done(indexedDB.open('glosy-kiosk'));
		const tx = db.transaction(['outbox', 'meta'], 'readwrite', { durability: 'strict' });
		const outbox = tx.objectStore('outbox');
		const enrolment = (await done(tx.objectStore('meta').get('enrolment'))) as {
			eventId: number;
		};
		const last = await done(outbox.index('bySeq').openCursor(null, 'prev'));
		let seq = (last?.value as { seq: number } | undefined)?.seq ?? 0;
		const queuedAt = new Date().toISOString();
		for (const item of queued) {
			outbox.add({ uuid: item.uuid, seq: ++seq, eventId: enrolment.eventId, queuedAt, item });
		}
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
		});
		const count = await done(db.transaction('outbox').objectStore('outbox').count());
		db.close();
		return count;
	}, items);
}

/** How many opinions wait in the tablet's outbox. */
export const outboxSize = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('glosy-kiosk');
				open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
				open.onsuccess = () => {
					const count = open.result.transaction('outbox').objectStore('outbox').count();
					count.onsuccess = () => {
						resolve(count.result);
						open.result.close();
					};
				};
			})
	);

/** The opinions of one device as stored, for the counts at the end. */
export function storedByDevice(databasePath: string, deviceId: number) {
	const db = new Sqlite(databasePath, { readonly: true });
	try {
		return db
			.prepare('select uuid, text from comments where entered_by_device_id = ? order by id')
			.all(deviceId) as { uuid: string; text: string }[];
	} finally {
		db.close();
	}
}
