import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { storageStateFor } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
	EXPORTS_DEMO_SLUG,
	ExportsPage,
	exportsUrl,
	opinionCount,
	publishedConsultation
} from './support/report-exports';

test('an analyst exports every opinion to CSV and downloads it', async ({ analystPage }) => {
	const exportsPage = new ExportsPage(analystPage);
	await exportsPage.goto();
	await expect(analystPage.getByRole('heading', { level: 1 })).toHaveText('Eksport danych raportu');
	await expectNoAxeViolations(analystPage);

	await exportsPage.start('CSV');
	await exportsPage.expectDone('CSV');
	await expectNoAxeViolations(analystPage);
	const file = await exportsPage.download('csv');

	expect(file.name).toMatch(new RegExp(`^uwagi-${EXPORTS_DEMO_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
	expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [header, ...rows] = parse(file.bytes, { bom: true } as const);
	expect(header?.slice(0, 5)).toEqual(['ID', 'UUID', 'Data wpływu', 'Data wysłania', 'Kanał']);
	expect(rows).toHaveLength(opinionCount(EXPORTS_DEMO_SLUG));
	const [original, redacted] = ['Treść (oryginał)', 'Treść publiczna (zanonimizowana)'].map(
		(name) => header!.indexOf(name)
	);
	const withAddress = rows.find((row) => row[original!]?.includes('jan.dabrowski@example.org'));
	expect(withAddress?.[redacted!]).toContain('[e-mail]');
	expect(withAddress?.[redacted!]).not.toContain('@example.org');
});

test('without JavaScript an export starts from a form and a refresh link shows it done', async ({
	browser
}) => {
	const context = await browser.newContext({
		storageState: storageStateFor('analyst'),
		javaScriptEnabled: false
	});
	const page = await context.newPage();
	const exportsPage = new ExportsPage(page);
	await exportsPage.goto();

	await exportsPage.start('XLSX');

	await expect(page).toHaveURL(new RegExp(`${exportsUrl()}$`));
	await expect(async () => {
		const refresh = page.getByRole('link', { name: 'Odśwież' });
		if (await refresh.isVisible()) await refresh.click();
		await expect(exportsPage.downloadLink('xlsx').first()).toBeVisible({ timeout: 500 });
	}).toPass({ timeout: 30_000 });
	const href = await exportsPage.downloadLink('xlsx').first().getAttribute('href');
	const response = await page.request.get(href!);
	expect(response.headers()['content-disposition']).toMatch(
		/^attachment; filename="uwagi-program-wspolnota-2018-\d{4}-\d{2}-\d{2}\.xlsx"$/
	);
	expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
	await context.close();
});

test('a job is its owner’s alone; facilitators may not export', async ({
	analystPage,
	adminPage,
	facilitatorPage
}) => {
	const exportsPage = new ExportsPage(analystPage);
	await exportsPage.goto();
	await exportsPage.start('CSV');
	await exportsPage.expectDone('CSV');
	const href = (await exportsPage.downloadLink('csv').first().getAttribute('href'))!;
	const status = await analystPage.request.get(`${href}/status`);
	expect(await status.json()).toMatchObject({ kind: 'csv', state: 'done' });

	expect((await adminPage.request.get(href)).status()).toBe(404);
	expect((await adminPage.request.get(`${href}/status`)).status()).toBe(404);
	expect((await facilitatorPage.goto(exportsUrl()))?.status()).toBe(403);
	expect((await facilitatorPage.request.get(href)).status()).toBe(403);
	expect((await facilitatorPage.request.get(`${href}/status`)).status()).toBe(403);
	const forged = await facilitatorPage.request.post(`${exportsUrl()}?/start`, {
		form: { kind: 'csv' },
		headers: { origin: new URL(facilitatorPage.url()).origin }
	});
	expect(forged.status()).toBe(403);
});

test('anyone downloads a published version’s open data; an unknown version is a 404', async ({
	page
}) => {
	const slug = publishedConsultation();

	const response = await page.request.get(`/konsultacje/${slug}/raport/1/dane.zip`);

	expect(response.status()).toBe(200);
	expect(response.headers()['content-disposition']).toBe(
		`attachment; filename="raport-${slug}-v1-dane.zip"`
	);
	const files = unzipSync(new Uint8Array(await response.body()));
	expect(Object.keys(files).sort()).toEqual(['README.md', 'opinions.csv', 'report.json']);
	expect(JSON.parse(strFromU8(files['report.json']!))).toEqual({
		schema: 1,
		consultation: { slug }
	});
	expect(strFromU8(files['opinions.csv']!)).toContain(`"'=HYPERLINK(""x"") i [telefon]"`);
	expect((await page.request.get(`/konsultacje/${slug}/raport/2/dane.zip`)).status()).toBe(404);
	expect((await page.request.get(`/konsultacje/${slug}/raport/x/dane.zip`)).status()).toBe(404);
});
