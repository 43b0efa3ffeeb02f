import { expect, test } from './support/fixtures';
import { ConsultationFormPage } from './support/pages';

const unique = () => `test-${Date.now()}-${Math.floor(Math.random() * 1000)}`;

test('creating a consultation: field messages, duplicate slug, then success', async ({
	adminPage: page
}) => {
	const slug = unique();
	const form = new ConsultationFormPage(page);
	await page.goto('/staff/consultations/new');
	await form.fill({ title: '', slug: 'Zły Adres!' });
	await form.save();
	await form.expectFieldError('Tytuł', 'To pole jest wymagane.');
	await form.expectFieldError('Adres (fragment URL)', /Tylko małe litery/);
	await expect(page.getByRole('heading', { name: 'Popraw zaznaczone pola' })).toBeVisible();

	await form.fill({ title: 'Druga wersja', slug: 'program-wspolnota-2018' });
	await form.save();
	await form.expectFieldError(
		'Adres (fragment URL)',
		'Ten adres jest już zajęty przez inną konsultację.'
	);

	await form.fill({
		title: 'Konsultacje parku kieszonkowego',
		slug,
		questions: 'Czego brakuje w parku?\nJak z niego korzystasz?',
		opens: '2026-06-01',
		closes: '2026-05-01'
	});
	await form.save();
	await form.expectFieldError(
		'Koniec',
		'Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.'
	);

	await form.fill({ closes: '2026-06-30' });
	await form.save();
	await expect(page).toHaveURL(new RegExp(`/staff/consultations/${slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Konsultacje parku kieszonkowego'
	);
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Czego brakuje w parku?' })
	).toBeVisible();
	await expect(page.getByText('1 czerwca 2026 r. – 30 czerwca 2026 r.')).toBeVisible();

	await page.goto('/staff/consultations/program-wspolnota-2018');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Program Wspólnota — konsultacje wizji i wartości'
	);
});

test('an oversized title is refused and nothing is saved', async ({ adminPage: page }) => {
	const slug = unique();
	const response = await page.request.post('/staff/consultations/new', {
		form: { title: 'x'.repeat(201), slug, status: 'draft' },
		headers: { origin: 'http://127.0.0.1:4173', accept: 'application/json' }
	});
	expect(response.status()).toBe(200);
	const body = (await response.json()) as { type: string; status: number };
	expect(body).toMatchObject({ type: 'failure', status: 400 });
	expect((await page.goto(`/staff/consultations/${slug}`))?.status()).toBe(404);
});

test('areas, themes, an event with themed tables', async ({ adminPage: page }) => {
	const slug = unique();
	await page.goto('/staff/consultations/new');
	const form = new ConsultationFormPage(page);
	await form.fill({ title: 'Wspólnota na Bielanach', slug });
	await form.save();
	await expect(page).toHaveURL(new RegExp(`/${slug}$`));

	await page.getByRole('link', { name: 'Obszary' }).click();
	await page.getByLabel('Nazwa (po polsku)').fill('Otwartość i relacje');
	await page.getByLabel('Opis prostym językiem').fill('Jak poznawać sąsiadów.');
	await page.getByRole('button', { name: 'Dodaj obszar' }).click();
	await expect(page.getByRole('heading', { name: '1. Otwartość i relacje' })).toBeVisible();
	await page.getByLabel('Numer').last().fill('1');
	await page.getByLabel('Nazwa (po polsku)').last().fill('Drugi o tym samym numerze');
	await page.getByRole('button', { name: 'Dodaj obszar' }).click();
	await expect(page.getByText('Obszar o tym numerze już istnieje.')).toBeVisible();

	await page.getByRole('link', { name: 'Tematy' }).click();
	await page.getByLabel('Nazwa tematu').fill('Pikniki');
	await page.getByLabel('Obszar').selectOption({ label: '1. Otwartość i relacje' });
	await page.getByRole('button', { name: 'Dodaj temat' }).click();
	await expect(page.getByRole('cell', { name: 'Pikniki', exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'Wydarzenia' }).click();
	await page.getByRole('link', { name: 'Nowe wydarzenie' }).click();
	await page.getByLabel('Rodzaj').selectOption('open_meeting');
	await page.getByLabel('Nazwa').fill('Spotkanie w bibliotece');
	await page.getByLabel('Dzielnica').selectOption('bielany');
	await page.getByLabel('Początek').fill('2026-06-02T17:30');
	await page.getByLabel('Koniec').fill('2026-06-02T17:00');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.locator('#field-ends_at-error')).toHaveText(
		'Koniec nie może być wcześniejszy niż początek.'
	);
	await page.getByLabel('Koniec').fill('2026-06-02T20:00');
	await page.getByLabel('Dostępność').fill('Tłumacz PJM');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spotkanie w bibliotece');

	await page.getByLabel('Nazwa stolika').fill('Stolik 1 – otwartość');
	await page.getByLabel('Liczba uczestników').first().fill('12');
	await page.getByRole('button', { name: 'Dodaj stolik' }).click();
	await expect(page.getByText('12 osób')).toBeVisible();

	await page.getByRole('link', { name: 'Wydarzenia' }).first().click();
	await expect(page.getByRole('cell', { name: '2 czerwca 2026 r., 17.30–20.00' })).toBeVisible();
});

test('unknown consultation and event give a 404 page in Polish', async ({ adminPage: page }) => {
	expect((await page.goto('/staff/consultations/nie-ma-takiej'))?.status()).toBe(404);
	await expect(page.getByText('Nie ma takiej konsultacji.')).toBeVisible();
	expect(
		(await page.goto('/staff/consultations/program-wspolnota-2018/events/999999'))?.status()
	).toBe(404);
	await expect(page.getByText('Nie ma takiego wydarzenia w tej konsultacji.')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the consultation form still validates and saves', async ({ adminPage: page }) => {
		// Role fixtures open their own context, so JavaScript is switched off here explicitly.
		const context = page.context();
		const noJs = await context
			.browser()!
			.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
		const tab = await noJs.newPage();
		const form = new ConsultationFormPage(tab);
		await tab.goto('/staff/consultations/new');
		await form.fill({ title: '', slug: unique() });
		await form.save();
		await form.expectFieldError('Tytuł', 'To pole jest wymagane.');
		await form.fill({ title: 'Bez JavaScriptu' });
		await form.save();
		await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Bez JavaScriptu');
		await noJs.close();
	});
});
