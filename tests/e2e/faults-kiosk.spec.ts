import { expect, test, type BrowserContext, type Route } from '@playwright/test';
import { storageUnavailable } from '../../src/lib/server/http/kiosk-answers';
import { addTablet } from './support/faults-database';
import {
	offlineOpinion,
	outboxSize,
	seedOutbox,
	storedByDevice,
	tabletBrowser
} from './support/faults-kiosk';
import { KioskPage } from './support/kiosk';
import { appServer, prepareDatabase } from './support/server-process';

const QUEUED = 200;
/** Typed through the resident's screens; the rest go straight into the outbox (see seedOutbox). */
const TYPED = 20;

/** What the server answers when its disk is full (kiosk-api-storage.test.ts drives that side). */
async function fulfillAsFullDisk(route: Route) {
	const answer = storageUnavailable();
	await route.fulfill({
		status: answer.status,
		headers: Object.fromEntries(answer.headers),
		body: await answer.text()
	});
}

test('200 opinions queued offline survive the browser closing, a full disk and a server killed mid-sync, and arrive exactly once', async ({
	playwright
}) => {
	test.setTimeout(150_000);
	const worker = test.info().workerIndex;
	const databasePath = `tmp/faults-kiosk-${worker}.sqlite`;
	let tablet = { pairingCode: '', deviceId: 0 };
	await prepareDatabase(databasePath, async (db) => {
		tablet = await addTablet(db, 'Tablet po awarii');
	});
	const server = await appServer(databasePath);
	await server.start();
	const launch = tabletBrowser(
		playwright.chromium,
		`tmp/faults-kiosk-profile-${worker}`,
		server.origin
	);
	let context: BrowserContext | undefined;
	try {
		context = await launch();
		let kiosk = new KioskPage(context.pages()[0] ?? (await context.newPage()));
		await kiosk.pair(tablet.pairingCode);
		await expect
			.poll(() => kiosk.page.evaluate(() => !!navigator.serviceWorker.controller))
			.toBe(true);
		await context.setOffline(true);
		for (let i = 1; i <= TYPED; i++) {
			await kiosk.submit(`Opinia wpisana bez sieci nr ${i}: więcej ławek.`);
		}
		const seeded = Array.from({ length: QUEUED - TYPED }, (_, i) => offlineOpinion(TYPED + i + 1));
		expect(await seedOutbox(kiosk.page, seeded)).toBe(QUEUED);
		await context.close();
		expect(storedByDevice(databasePath, tablet.deviceId)).toHaveLength(0);

		// The tablet's browser starts again, online. Its first batch is answered as by a server
		// whose disk is full (503); the third is stored, then the server dies before answering,
		// and comes back.
		context = await launch();
		kiosk = new KioskPage(context.pages()[0] ?? (await context.newPage()));
		const batches: string[][] = [];
		let pendingAfterRefusal = -1;
		let restarted: Promise<void> = Promise.resolve();
		await context.route('**/api/kiosk/opinions', async (route: Route) => {
			const items = (route.request().postDataJSON() as { items: { uuid: string }[] }).items;
			batches.push(items.map((item) => item.uuid));
			if (batches.length === 1) return fulfillAsFullDisk(route);
			if (batches.length === 2) pendingAfterRefusal = await outboxSize(kiosk.page);
			if (batches.length !== 3) return route.continue();
			await route.fetch();
			await server.kill();
			await route.abort('connectionreset');
			restarted = server.start();
		});
		await kiosk.page.goto('/kiosk');
		await kiosk.expectStart();
		await kiosk.openStaffCorner();
		await expect(kiosk.pending).toHaveText('0', { timeout: 60_000 });
		await expect(kiosk.page.getByTestId('sent-count')).toHaveText(String(QUEUED));
		await restarted;

		expect(pendingAfterRefusal).toBe(QUEUED);
		expect(batches[1]).toEqual(batches[0]);
		expect(batches[3]).toEqual(batches[2]);
		expect(server.starts).toBe(2);
		const rows = storedByDevice(databasePath, tablet.deviceId);
		expect(rows).toHaveLength(QUEUED);
		expect(new Set(rows.map((row) => row.uuid)).size).toBe(QUEUED);
		expect(new Set(rows.map((row) => row.text)).size).toBe(QUEUED);
		const stored = new Set(rows.map((row) => row.uuid));
		expect(seeded.filter((item) => !stored.has(item.uuid))).toEqual([]);
	} finally {
		await context?.close();
		await server.stop();
	}
});
