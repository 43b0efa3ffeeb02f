import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { compareWithSource, pendingMigrations, runBackup } from './support/faults-backup';
import { kioskClient, newLedger, onlineClient } from './support/faults-clients';
import { OPEN_SLUG, pairTablets } from './support/faults-database';
import { MANY_RESIDENTS_ENV, appServer, prepareDatabase } from './support/server-process';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('restore drill: a backup taken while opinions stream in opens, is current and is a consistent prefix', async () => {
	test.setTimeout(90_000);
	const worker = test.info().workerIndex;
	const databasePath = `tmp/faults-backup-${worker}.sqlite`;
	const copy = `tmp/faults-backup-${worker}-copy.sqlite`;
	for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
	let tablets: Awaited<ReturnType<typeof pairTablets>> = [];
	await prepareDatabase(databasePath, async (db) => {
		tablets = await pairTablets(db, 8);
	});
	const server = await appServer(databasePath, MANY_RESIDENTS_ENV);
	await server.start();
	try {
		const ledger = newLedger();
		let running = true;
		const load = { origin: server.origin, ledger, marker: 'Kopia', running: () => running };
		const clients = [
			...tablets.map((tablet, i) => kioskClient(load, tablet.token, tablet.config, `k${i}`)),
			onlineClient(load, OPEN_SLUG, 'o1'),
			onlineClient(load, OPEN_SLUG, 'o2')
		];
		await pause(1500);
		const acknowledgedBefore = [...ledger.kiosk.keys()];
		const said = await runBackup(databasePath, copy);
		const after = ledger.kiosk.size;
		await pause(1000);
		running = false;
		await Promise.all(clients);
		await server.stop();

		expect(said).toMatch(/^Backed up .+: \d+ pages, integrity ok\.$/);
		// Opinions kept being acknowledged while the backup command ran.
		expect(after).toBeGreaterThan(acknowledgedBefore.length);
		expect(await pendingMigrations(copy)).toEqual([]);
		const found = compareWithSource(databasePath, copy, acknowledgedBefore);
		console.log(
			`faults-backup: ${found.copied} of ${found.inSource} opinions in the copy ` +
				`(kiosk: ${acknowledgedBefore.length} acknowledged when it started, ${after} when it ended)`
		);
		expect(found).toEqual({
			integrity: 'ok',
			copied: found.sourceUpToLast,
			inSource: found.inSource,
			sourceUpToLast: found.sourceUpToLast,
			changedOrMissing: 0,
			areasDiffering: 0,
			areasChanged: 0,
			searchIndexed: found.copied,
			acknowledgedMissing: 0
		});
		expect(found.inSource).toBeGreaterThan(found.copied);
	} finally {
		await server.stop();
	}
});
