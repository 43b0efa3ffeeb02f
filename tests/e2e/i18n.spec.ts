import { expect, test } from './support/fixtures';

test('the language switch changes the text and <html lang>', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konsultacje społeczne');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public consultations');
	await page.getByRole('link', { name: 'Українська' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Громадські консультації');
	await page.getByRole('link', { name: 'Polski' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

test('staff pages in English, with an English 404', async ({ adminPage: page }) => {
	await page.goto('/staff/consultations/program-wspolnota-2018');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/staff\/consultations\/program-wspolnota-2018$/);
	await expect(page.getByRole('link', { name: 'Events' })).toBeVisible();
	await expect(page.getByText('441 opinions')).toBeVisible();
	expect((await page.goto('/staff/consultations/missing'))?.status()).toBe(404);
	await expect(page.getByText('There is no such consultation.')).toBeVisible();
});

test('health check reports the schema version', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toMatchObject({
		status: 'ok',
		schema: expect.stringMatching(/^\d{4}-/)
	});
});
