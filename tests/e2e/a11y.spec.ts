import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

test('public pages have no WCAG 2.1 AA violations', async ({ page }) => {
	for (const path of ['/', '/login', '/nie-ma-takiej-strony']) {
		await page.goto(path);
		await expectNoAxeViolations(page);
	}
	await page.goto('/login');
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
	await expectNoAxeViolations(page);
});

test('staff pages have no WCAG 2.1 AA violations', async ({ adminPage: page }) => {
	const base = '/staff/consultations/program-wspolnota-2018';
	for (const path of [
		'/staff',
		'/staff/users',
		'/staff/consultations',
		'/staff/consultations/new',
		base,
		`${base}/areas`,
		`${base}/themes`,
		`${base}/events`,
		`${base}/events/1`
	]) {
		await page.goto(path);
		await expectNoAxeViolations(page);
	}
	await page.goto('/staff/consultations/new');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.getByRole('heading', { name: 'Popraw zaznaczone pola' })).toBeVisible();
	await expectNoAxeViolations(page);
});
