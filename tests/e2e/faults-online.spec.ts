import { expect, test } from '@playwright/test';
import Sqlite from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { OnlineFormPage, OPEN_SLUG } from './support/online';
import { appServer, prepareDatabase } from './support/server-process';

const TEXT = 'Zajęcia dla sąsiadów w bibliotece na Woli, także w soboty.';

const countWithText = (path: string) => {
	const db = new Sqlite(path, { readonly: true });
	try {
		return (
			db.prepare('select count(*) as n from comments where text = ?').get(TEXT) as { n: number }
		).n;
	} finally {
		db.close();
	}
};

for (const javaScriptEnabled of [true, false]) {
	test(`a database another writer holds answers the online form 503 and keeps the text (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
		browser
	}) => {
		test.setTimeout(60_000);
		const databasePath = `tmp/faults-online-${test.info().workerIndex}.sqlite`;
		await prepareDatabase(databasePath);
		const server = await appServer(databasePath, { ONLINE_FORM_MIN_SECONDS: '0' });
		await server.start();
		const context = await browser.newContext({ baseURL: server.origin, javaScriptEnabled });
		// A second writer (a stuck maintenance script, say) keeps the write lock longer than the
		// app's busy_timeout: the app's write fails with SQLITE_BUSY, as on a failing disk.
		const blocker = new Sqlite(databasePath);
		try {
			const resident = new OnlineFormPage(await context.newPage());
			await resident.goto(OPEN_SLUG);
			if (javaScriptEnabled) await resident.hydrated();
			await resident.fill({ text: TEXT, district: 'Wola' });
			blocker.exec('begin immediate');

			const status = await resident.send();
			if (!javaScriptEnabled) expect(status).toBe(503);
			const alert = resident.page.getByRole('alert');
			await expect(alert).toContainText('Opinia nie została wysłana');
			await expect(alert).toContainText('wyślij go ponownie za kilka minut');
			await expect(resident.text).toHaveValue(TEXT);
			await expect(resident.page.getByLabel('Dzielnica')).toHaveValue('wola');
			// axe runs in the page, which it cannot without JavaScript; the markup is the same.
			if (javaScriptEnabled) await expectNoAxeViolations(resident.page);
			expect(countWithText(databasePath)).toBe(0);

			blocker.exec('rollback');
			await resident.send();
			await resident.receiptCode();
			expect(countWithText(databasePath)).toBe(1);
		} finally {
			if (blocker.inTransaction) blocker.exec('rollback');
			blocker.close();
			await context.close();
			await server.stop();
		}
	});
}
