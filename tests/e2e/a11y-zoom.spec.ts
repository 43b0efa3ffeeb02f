import { expect, test } from './support/kiosk-fixtures';
import { CLOSED, firstOpinionId, OPEN, opinionWithReceipt } from './support/a11y';
import { expectReflows } from './support/a11y-checks';

// WCAG 1.4.4 and 1.4.10: at 200 % zoom (a 640×400 CSS px viewport) and at 320 px nothing is
// lost and the page does not scroll sideways.

test.describe.configure({ timeout: 90_000 });

test('resident pages at 200 % and 320 px', async ({ page }) => {
	for (const path of [
		'/',
		`/konsultacje/${OPEN}`,
		`/konsultacje/${CLOSED}/raport`,
		`/status?code=${opinionWithReceipt()}`,
		'/deklaracja-dostepnosci',
		'/login'
	]) {
		await page.goto(path);
		await expectReflows(page, path);
	}
	await page.goto(`/konsultacje/${OPEN}`);
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Wyślij opinię' }).click();
	await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
	await expectReflows(page, 'the online form with errors');
});

test('the kiosk at 200 % and 320 px', async ({ tablet }) => {
	const { page } = tablet;
	await expectReflows(page, 'the kiosk start screen');
	await tablet.choose();
	await expectReflows(page, 'the kiosk opinion form');
});

test('staff pages at 200 % and 320 px', async ({ analystPage: page }) => {
	const base = `/staff/consultations/${CLOSED}`;
	for (const path of [
		'/staff',
		`${base}/opinions?channel=kiosk&district=ochota`,
		`${base}/opinions/${firstOpinionId(CLOSED)}`,
		`${base}/report`,
		`${base}/responses`
	]) {
		await page.goto(path);
		await expectReflows(page, path);
	}
});
