import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
	createReportConsultation,
	leadingNumber,
	recodeOneOpinion,
	REPORT_DEMO_SLUG,
	ReportPage
} from './support/report';

const AREA_1 = 'Obszar 1. Obszar testowy 1';
/** A table cell's number, alone (public) or followed by its link's hidden words (staff). */
const count = (n: number) => new RegExp(`^${n}(\\D|$)`);

test('the staff report shows the figures, headings and charts of the 2018 consultation', async ({
	analystPage
}) => {
	const report = new ReportPage(analystPage);
	const response = await report.gotoStaff(REPORT_DEMO_SLUG);
	expect(response?.status()).toBe(200);

	await expect(analystPage.getByRole('heading', { level: 1 })).toContainText(
		'Raport z konsultacji'
	);
	expect(leadingNumber(await report.figure('opinions').innerText())).toBeGreaterThan(0);
	for (const name of [
		'Najważniejsze liczby',
		'Jak pytaliśmy',
		'Kto wziął udział',
		'Co usłyszeliśmy',
		'Stanowiska wobec uwag',
		'Zestawienie uwag',
		'Eksport'
	]) {
		await expect(analystPage.getByRole('heading', { name, level: 2 })).toBeVisible();
	}
	await expect(report.chart('areas').getByRole('img')).toHaveAttribute(
		'aria-label',
		/^Uwagi według obszaru programu\. Najwięcej: /
	);
	expect(await analystPage.locator('figure[data-chart] canvas').count()).toBeGreaterThan(3);
	await expect(analystPage.getByRole('link', { name: 'Raport', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expectNoAxeViolations(analystPage);
});

test('a table cell and a bar open the opinions behind the figure in the inbox', async ({
	analystPage
}) => {
	const report = new ReportPage(analystPage);
	await report.gotoStaff(REPORT_DEMO_SLUG);
	const link = report.chart('areas').getByRole('link').first();
	const figure = leadingNumber(await link.innerText());
	await link.click();
	await expect(analystPage).toHaveURL(/\/opinions\?area=\d+&status=included$/);
	await expect(analystPage.locator('.inbox-count')).toBeVisible();
	expect(leadingNumber(await analystPage.locator('.inbox-count').innerText())).toBe(figure);

	await report.gotoStaff(REPORT_DEMO_SLUG);
	await report.clickBar('areas');
	await expect(analystPage).toHaveURL(/\/opinions\?area=(\d+|none)&status=included$/);
	const area = new URL(analystPage.url()).searchParams.get('area');
	const shown = leadingNumber(await analystPage.locator('.inbox-count').innerText());
	await report.gotoStaff(REPORT_DEMO_SLUG);
	const cell = report.chart('areas').locator(`a[href*="area=${area}&"]`);
	expect(leadingNumber(await cell.innerText())).toBe(shown);
});

test('a published version keeps its figures while the live report moves on', async ({
	adminPage,
	page
}) => {
	const slug = createReportConsultation([1, 1, 1, 2]);
	const staff = new ReportPage(adminPage);
	const visitor = new ReportPage(page);
	await staff.gotoStaff(slug);
	await staff.publish(1);

	await visitor.gotoPublic(slug);
	await expect(page.getByTestId('report-version')).toContainText('Wersja 1, opublikowana');
	await expect(visitor.cell('areas', AREA_1)).toHaveText(count(3));
	await expect(page.getByText('Opinia 1: <b>więcej ławek</b> =SUM(A1)')).toBeVisible();
	await expectNoAxeViolations(page);

	recodeOneOpinion(slug, 1, 2);
	await visitor.gotoPublic(slug);
	await expect(visitor.cell('areas', AREA_1)).toHaveText(count(3));
	await staff.gotoStaff(slug);
	await expect(staff.cell('areas', AREA_1)).toHaveText(count(2));

	await staff.publish(2);
	await visitor.gotoPublic(slug);
	await expect(page.getByTestId('report-version')).toContainText('Wersja 2, opublikowana');
	await expect(visitor.cell('areas', AREA_1)).toHaveText(count(2));
	await visitor.gotoPublic(slug, 1);
	await expect(page.getByTestId('report-version')).toContainText('Wersja 1, opublikowana');
	await expect(visitor.cell('areas', AREA_1)).toHaveText(count(3));

	for (const version of ['9999', '0', 'abc']) {
		const missing = await visitor.gotoPublic(slug, version);
		expect(missing?.status()).toBe(404);
	}
	await page.goto(`/konsultacje/${slug}`);
	await page.getByRole('link', { name: 'Raport z konsultacji' }).click();
	await expect(page.getByTestId('report-version')).toContainText('Wersja 2');
});

test('the public report prints to a PDF of several pages', async ({ adminPage, page }) => {
	const slug = createReportConsultation([1, 2, 2]);
	await new ReportPage(adminPage).gotoStaff(slug);
	await new ReportPage(adminPage).publish(1);
	await new ReportPage(page).gotoPublic(slug);
	await expect(page.locator('figure[data-chart="areas"] canvas')).toBeVisible();

	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
	expect(document.numPages).toBeGreaterThan(1);
	expect(document.numPages).toBeLessThan(30);
	let text = '';
	for (let n = 1; n <= document.numPages; n++) {
		const content = await (await document.getPage(n)).getTextContent();
		text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
	}
	expect(text).toContain('Raport z konsultacji');
	expect(text).toContain('Zestawienie uwag');
});

test('a consultation without opinions gets an honest empty report', async ({ adminPage, page }) => {
	const slug = createReportConsultation([]);
	const staff = new ReportPage(adminPage);
	const response = await staff.gotoStaff(slug);
	expect(response?.status()).toBe(200);
	await expect(
		adminPage.getByText('W tej konsultacji nie zebrano jeszcze żadnych uwag.')
	).toBeVisible();
	await expect(staff.figure('opinions')).toHaveText('0');
	await expect(adminPage.locator('main')).not.toContainText('NaN');

	const missing = await page.goto(`/konsultacje/${slug}/raport`);
	expect(missing?.status()).toBe(404);
	await expect(page.locator('main')).toContainText('nie został jeszcze opublikowany');

	await staff.publish(1);
	await new ReportPage(page).gotoPublic(slug);
	await expect(page.locator('main')).toContainText('Zestawienie obejmuje 0 uwag');
	await expect(page.locator('main')).not.toContainText('NaN');
	await expectNoAxeViolations(page);
});

test('only admins and analysts see the staff report', async ({ facilitatorPage, page }) => {
	const refused = await facilitatorPage.goto(`/staff/consultations/${REPORT_DEMO_SLUG}/report`);
	expect(refused?.status()).toBe(403);
	await facilitatorPage.goto(`/staff/consultations/${REPORT_DEMO_SLUG}`);
	await expect(facilitatorPage.getByRole('link', { name: 'Raport', exact: true })).toHaveCount(0);

	await page.goto(`/staff/consultations/${REPORT_DEMO_SLUG}/report`);
	await expect(page).toHaveURL(/\/login\?redirectTo=/);
});
