import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import {
	CLOSED,
	emptyConsultation,
	OPEN,
	opinionWithReceipt,
	PAGE_ROUTES,
	routesOnDisk,
	sweep,
	sweepErrors,
	sweepSources
} from './support/a11y';

// The resident side of the accessibility sweep; staff pages are in a11y-staff.spec.ts, keyboard
// use in a11y-keyboard.spec.ts, reflow at 200 % and 320 px in a11y-zoom.spec.ts.

// axe takes seconds on the report's long tables, more while CI builds beside it.
test.describe.configure({ timeout: 90_000 });

test('the sweep knows every page route, and a spec visits each one', () => {
	expect(routesOnDisk().sort()).toEqual([...PAGE_ROUTES].sort());
	const sources = sweepSources();
	const unvisited = PAGE_ROUTES.filter((route) => !sources.includes(`sweep(page, '${route}'`));
	expect(unvisited).toEqual([]);
});

test('public pages, their empty states and the 404 page', async ({ page }) => {
	await sweep(page, '/');
	await sweep(page, '/deklaracja-dostepnosci');
	await sweep(page, '/konsultacje/[slug]', { slug: emptyConsultation() });
	await sweep(page, '/konsultacje/[slug]', { slug: CLOSED });
	expect((await page.goto('/nie-ma-takiej-strony'))?.status()).toBe(404);
	await expectNoAxeViolations(page);
});

test('the public report with its charts, the latest version and by number', async ({ page }) => {
	await sweep(page, '/konsultacje/[slug]/raport', { slug: CLOSED });
	await expect(page.locator('figure[data-chart] canvas').first()).toBeVisible();
	await sweep(page, '/konsultacje/[slug]/raport/[version]', { slug: CLOSED, version: 1 });
});

test('public forms, empty and with errors: opinion, receipt lookup, login, kiosk pairing', async ({
	page
}) => {
	await sweep(page, '/konsultacje/[slug]', { slug: OPEN });
	await sweepErrors(page, 'Wyślij opinię');
	await sweep(page, '/status');
	await sweep(page, '/status', {}, '?code=K7F2');
	await expect(page.locator('#lookup-problem')).toBeVisible();
	await sweep(page, '/status', {}, `?code=${opinionWithReceipt()}`);
	await expect(page.getByTestId('opinion-status')).toBeVisible();
	await sweep(page, '/login');
	await sweepErrors(page, 'Zaloguj się');
	await sweep(page, '/kiosk');
	await sweepErrors(page, 'Połącz tablet');
});

for (const locale of ['en', 'uk']) {
	test(`resident pages in ${locale}`, async ({ page }) => {
		await page.goto(`/lang/${locale}?next=/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		const report = locale === 'uk' ? [`/konsultacje/${CLOSED}/raport`] : [];
		for (const path of [
			'/',
			'/deklaracja-dostepnosci',
			`/konsultacje/${OPEN}`,
			'/status',
			...report
		]) {
			expect((await page.goto(path))?.status(), path).toBe(200);
			await expectNoAxeViolations(page);
		}
	});
}

test.describe('the accessibility statement', () => {
	test('is linked from every page footer and follows the template', async ({ page }) => {
		await page.goto(`/konsultacje/${OPEN}`);
		await page
			.getByRole('contentinfo')
			.getByRole('link', { name: 'Deklaracja dostępności' })
			.click();
		await expect(page).toHaveURL(/\/deklaracja-dostepnosci$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deklaracja dostępności');
		await expect(page.locator('#a11y-podmiot')).toHaveText(
			'Centrum Komunikacji Społecznej Urzędu m.st. Warszawy'
		);
		await expect(page.locator('#a11y-data-publikacja')).toHaveText('23 listopada 2026 r.');
		await expect(page.locator('#a11y-data-publikacja')).toHaveAttribute('datetime', '2026-11-23');
		await expect(page.locator('#a11y-status')).toContainText('częściowo zgodna');
		await expect(page.locator('.statement-gaps > li')).toHaveCount(5);
		await expect(page.locator('#a11y-ocena')).toHaveText(/na podstawie samooceny/);
		await expect(page.locator('#a11y-email')).toHaveAttribute(
			'href',
			'mailto:dostepnosc.glosy@example.org'
		);
		await expect(page.locator('#a11y-telefon')).toHaveAttribute('href', 'tel:+48220000000');
		await expect(page.getByText('To przykładowe dane wersji demonstracyjnej')).toBeVisible();
		for (const name of [
			'Procedura wnioskowo-skargowa',
			'Dostępność architektoniczna',
			'Aplikacje mobilne'
		]) {
			await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
		}
		await expect(page.getByRole('link', { name: 'Rzecznika Praw Obywatelskich' })).toBeVisible();
	});

	test('speaks the reader’s language, dates included', async ({ page }) => {
		await page.goto('/lang/uk?next=/deklaracja-dostepnosci');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Декларація доступності');
		await expect(page.locator('#a11y-data-publikacja')).toHaveText('23 листопада 2026 р.');
		await expect(page.locator('#a11y-status')).toContainText('частково відповідає');
		await expect(page.locator('#a11y-podmiot')).not.toHaveAttribute('lang', /./);
	});
});
