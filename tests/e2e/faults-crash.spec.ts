import { expect, test } from '@playwright/test';
import { kioskClient, newLedger, onlineClient, type Ledger } from './support/faults-clients';
import { compare, OPEN_SLUG, pairTablets, readBack } from './support/faults-database';
import { MANY_RESIDENTS_ENV, appServer, prepareDatabase } from './support/server-process';

const TABLETS = 25;
const RESIDENTS = 25;
const KILLS = 4;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const acknowledged = (ledger: Ledger) => ledger.kiosk.size + ledger.online.size;

test('every opinion acknowledged while the server is killed again and again is stored exactly once', async () => {
	test.setTimeout(120_000);
	const databasePath = `tmp/faults-crash-${test.info().workerIndex}.sqlite`;
	let tablets: Awaited<ReturnType<typeof pairTablets>> = [];
	await prepareDatabase(databasePath, async (db) => {
		tablets = await pairTablets(db, TABLETS);
	});
	const server = await appServer(databasePath, MANY_RESIDENTS_ENV);
	await server.start();
	try {
		const ledger = newLedger();
		const marker = `Awaria-${Date.now()}`;
		let running = true;
		const load = { origin: server.origin, ledger, marker, running: () => running };
		const clients = [
			...tablets.map((tablet, i) => kioskClient(load, tablet.token, tablet.config, `k${i}`)),
			...Array.from({ length: RESIDENTS }, (_, i) => onlineClient(load, OPEN_SLUG, `o${i}`))
		];

		const atKill: number[] = [];
		const started = performance.now();
		let restarting = 0;
		for (let kill = 0; kill < KILLS; kill++) {
			await pause(1500 + Math.random() * 2500);
			atKill.push(acknowledged(ledger));
			await server.kill();
			const killed = performance.now();
			await pause(Math.random() * 500);
			await server.start();
			restarting += performance.now() - killed;
		}
		await pause(2000);
		running = false;
		await Promise.all(clients);
		// The last stop is a kill too: nothing gets a chance to flush on the way out.
		await server.kill();

		const { integrity, foreignKeyErrors, rows } = readBack(databasePath, marker);
		const seconds = (ms: number) => (ms / 1000).toFixed(1);
		console.log(
			`faults-crash: ${KILLS + 1} SIGKILLs in ${seconds(performance.now() - started)} s ` +
				`(down ${seconds(restarting / KILLS)} s each), ${ledger.kiosk.size} kiosk and ` +
				`${ledger.online.size} online opinions acknowledged, ${ledger.retries} requests sent again`
		);
		expect(ledger.unexpected).toEqual([]);
		expect(server.starts).toBe(KILLS + 1);
		// The kills landed on requests in flight, and intake went on after each restart.
		expect(ledger.retries).toBeGreaterThan(0);
		expect(atKill[0]).toBeGreaterThan(0);
		for (let i = 1; i < atKill.length; i++) expect(atKill[i]).toBeGreaterThan(atKill[i - 1] ?? 0);
		expect(acknowledged(ledger)).toBeGreaterThan(atKill.at(-1) ?? 0);

		expect(integrity).toBe('ok');
		expect(foreignKeyErrors).toEqual([]);
		expect(compare(ledger, rows)).toEqual([]);
		// Every client finished its last request, so nothing was stored that was not acknowledged.
		expect(rows).toHaveLength(acknowledged(ledger));
	} finally {
		await server.stop();
	}
});
