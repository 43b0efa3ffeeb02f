import { baseURL } from '../../playwright.config';
import { storageStateFor } from './support/accounts';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import { excelCsv, TableImportPage, utf8Csv, workbook } from './support/import-table';

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 100000)}`;

const storedWith = (marker: string) =>
	withDatabase((db) =>
		db
			.prepare(
				`select c.text, c.channel, c.district, c.age_band, c.submitted_at, e.title as event,
					(select group_concat(a.code) from comment_declared_areas d join areas a on a.id = d.area_id
						where d.comment_id = c.id) as areas
				from comments c left join events e on e.id = c.event_id
				where c.text like ? order by c.id`
			)
			.all(`%${marker}%`)
	);

test('a Polish Excel CSV is mapped, previewed and imported with its letters intact', async ({
	analystPage: page
}) => {
	const marker = unique();
	const importer = new TableImportPage(page);
	await importer.upload(
		excelCsv([
			['Lp.', 'Treść uwagi', 'Dzielnica', 'Wiek', 'Obszar', 'Data wpływu'],
			['1', `Zażółć gęślą jaźń ${marker}`, 'praga poludnie', '60–74', '1, 3', '29.05.2018'],
			['2', `„Więcej ławek” ${marker}`, 'Śródmieście', '75+', '', '']
		])
	);

	await importer.expectMappingPage(/W pliku są 2 wiersze/);
	await expect(importer.column('Treść opinii')).toHaveValue('1');
	await expect(importer.column('Dzielnica')).toHaveValue('2');
	await expect(importer.preview().getByRole('cell', { name: 'Praga-Południe' })).toBeVisible();
	await expect(importer.preview().getByRole('cell', { name: '29 maja 2018 r.' })).toBeVisible();
	await expectNoAxeViolations(page);

	await importer.chooseEvent('Dzień Sąsiada na Skwerze Nowolipki');
	await importer.importAll();

	await expect(page).toHaveURL(/\/staff\/consultations\/wspolnota-dzialania\/import\?imported=2$/);
	await expect(page.getByRole('status')).toHaveText('Zaimportowano 2 opinie.');
	expect(storedWith(marker)).toEqual([
		{
			text: `Zażółć gęślą jaźń ${marker}`,
			channel: 'paper',
			district: 'praga-poludnie',
			age_band: '60-74',
			submitted_at: '2018-05-29',
			event: 'Dzień Sąsiada na Skwerze Nowolipki',
			areas: '1,3'
		},
		{
			text: `„Więcej ławek” ${marker}`,
			channel: 'paper',
			district: 'srodmiescie',
			age_band: '75-plus',
			submitted_at: null,
			event: 'Dzień Sąsiada na Skwerze Nowolipki',
			areas: null
		}
	]);

	await page.goBack();
	await expect(page.getByText(/Tego pliku już tu nie ma: został zaimportowany/)).toBeVisible();
});

test('an XLSX workbook is imported as another import', async ({ analystPage: page }) => {
	const marker = unique();
	const importer = new TableImportPage(page);
	await importer.upload(
		await workbook([
			['Opinia', 'Data', 'Wiek', 'Zgłaszający'],
			[`Skwer dla sąsiadów ${marker}`, new Date(Date.UTC(2018, 4, 29)), 'poniżej 18', 'Fundacja']
		])
	);

	await importer.expectMappingPage(/W pliku jest 1 wiersz z opinią/);
	await page.getByLabel('Inny import (np. arkusz od partnera)').check();
	await importer.importAll();

	await expect(page).toHaveURL(/\/import\?imported=1$/);
	expect(storedWith(marker)).toEqual([
		{
			text: `Skwer dla sąsiadów ${marker}`,
			channel: 'import',
			district: null,
			age_band: 'under-18',
			submitted_at: '2018-05-29',
			event: null,
			areas: null
		}
	]);
});

test('bad rows are reported by row and column and nothing is stored', async ({
	analystPage: page
}) => {
	const marker = unique();
	const importer = new TableImportPage(page);
	await importer.upload(
		utf8Csv(
			'bledy.csv',
			`Treść,Dzielnica,Obszar\nDobra ${marker},Wola,1\n,Wola,1\nTrzecia ${marker},Muranów,9\n`
		)
	);
	await importer.expectMappingPage(/W pliku są 3 wiersze/);
	await importer.importAll();

	const report = importer.errorReport();
	await expect(report).toBeFocused();
	await expect(report.getByText('W pliku są 3 błędy.', { exact: false })).toBeVisible();
	const rows = report.getByRole('row');
	await expect(rows.nth(1)).toHaveText(/^3\s*Treść\s*Brak treści opinii\.$/);
	await expect(rows.nth(2)).toHaveText(/^4\s*Dzielnica\s*Nieznana dzielnica/);
	await expect(rows.nth(3)).toHaveText(/^4\s*Obszar\s*Nieznany obszar/);
	await expect(importer.column('Dzielnica')).toHaveValue('1');
	expect(storedWith(marker)).toEqual([]);
	await expectNoAxeViolations(page);
});

test('the text column must be mapped', async ({ analystPage: page }) => {
	const importer = new TableImportPage(page);
	await importer.upload(utf8Csv('bez-tresci.csv', `Numer;Wiek\n${unique()};75+\n`));
	await importer.expectMappingPage(/W pliku jest 1 wiersz/);

	await importer.importAll();

	await expect(page.getByRole('heading', { name: 'Popraw zaznaczone pola' })).toBeVisible();
	await expect(importer.column('Treść opinii')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Wybierz kolumnę z treścią opinii.').first()).toBeVisible();
});

test('files that are no readable table are refused at upload', async ({ analystPage: page }) => {
	const importer = new TableImportPage(page);
	await page.goto(importer.uploadPath);
	await expectNoAxeViolations(page);

	await importer.upload(
		utf8Csv('zepsuty.csv', `Treść;Wiek\nDobra;30-44\n"Otwarty cudzysłów ${unique()};60-74\n`)
	);
	await importer.expectUploadError(/Cudzysłów otwarty w wierszu 3 nie jest zamknięty/);
	await expectNoAxeViolations(page);

	const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
	await importer.upload({ name: 'karty.csv', mimeType: 'text/csv', buffer: png });
	await importer.expectUploadError(/To nie jest tabela CSV ani XLSX/);

	await importer.upload(utf8Csv('pusty.csv', ''));
	await importer.expectUploadError('Plik jest pusty.');

	const tooLarge = Buffer.alloc(21 * 1024 * 1024, 'a');
	await importer.upload({ name: 'duzy.csv', mimeType: 'text/csv', buffer: tooLarge });
	await importer.expectUploadError('Plik jest za duży. Można przesłać najwyżej 20 MB.');
	const kept = withDatabase((db) =>
		db.prepare(`select count(*) as n from import_uploads where filename = 'duzy.csv'`).get()
	);
	expect(kept).toEqual({ n: 0 });
});

test('without JavaScript the upload, the mapping and the error report still work', async ({
	browser
}) => {
	const context = await browser.newContext({
		storageState: storageStateFor('analyst'),
		javaScriptEnabled: false
	});
	const page = await context.newPage();
	const marker = unique();
	const importer = new TableImportPage(page);
	await importer.upload(
		utf8Csv('bez-js.csv', `Uwaga;Wiek\nPierwsza ${marker};30-44\nDruga ${marker};sto lat\n`)
	);
	await importer.expectMappingPage(/W pliku są 2 wiersze/);
	await expect(importer.preview().getByRole('cell', { name: /Nieznany wiek/ })).toBeVisible();

	await importer.importAll();
	await expect(importer.errorReport().getByRole('row').nth(1)).toHaveText(
		/^3\s*Wiek\s*Nieznany wiek/
	);
	expect(storedWith(marker)).toEqual([]);

	await importer.column('Wiek').selectOption({ label: '— nie ma w pliku —' });
	await importer.importAll();
	await expect(page).toHaveURL(/\/import\?imported=2$/);
	expect(storedWith(marker)).toHaveLength(2);
	await context.close();
});

test('a facilitator may not import tables', async ({ facilitatorPage: page }) => {
	const base = '/staff/consultations/wspolnota-dzialania/import/table';
	for (const path of [base, `${base}/template.csv`, `${base}/abcdefghijklmnopqrstuvwxyz234567`]) {
		expect((await page.request.get(path)).status()).toBe(403);
	}
	const post = await page.request.post(base, {
		multipart: {
			file: { name: 'karty.csv', mimeType: 'text/csv', buffer: Buffer.from('Treść\nA\n') }
		},
		headers: { origin: baseURL }
	});
	expect(post.status()).toBe(403);
});

test('the template downloads as UTF-8 with a BOM and Polish headers', async ({
	analystPage: page
}) => {
	const response = await page.request.get(
		'/staff/consultations/wspolnota-dzialania/import/table/template.csv'
	);
	const body = await response.body();
	expect(response.headers()['content-type']).toContain('text/csv');
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(body.subarray(3).toString('utf8')).toMatch(/^Treść;Data wpływu;Dzielnica/);
});
