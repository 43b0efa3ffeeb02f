import { expect, test } from '@playwright/test';
import { generateReceiptCode } from '../../src/lib/domain/receipt';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import {
	CLOSED_SLUG,
	FIRST_AREA,
	OnlineFormPage,
	countStoredWithText,
	makeOpenConsultation,
	storedByReceipt
} from './support/online';

test('a resident sends an opinion without JavaScript and gets a receipt code', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const resident = new OnlineFormPage(await context.newPage());
	await resident.goto();
	await resident.fill({
		text: 'Bez JavaScriptu: wspólne grillowanie na podwórku przy Nowolipkach.',
		area: FIRST_AREA,
		district: 'Wola',
		age: '60–74 lata'
	});
	await resident.waitAsAPersonWould();

	expect(await resident.send()).toBe(200);

	await expect(resident.page.getByRole('heading', { name: /Dziękujemy!/ })).toBeVisible();
	const code = await resident.receiptCode();
	expect(storedByReceipt(code)).toEqual({
		text: 'Bez JavaScriptu: wspólne grillowanie na podwórku przy Nowolipkach.',
		channel: 'online',
		district: 'wola',
		age_band: '60-74',
		language: 'pl',
		areas: 1,
		email: null
	});
	await resident.page.getByRole('link', { name: 'Sprawdź status opinii' }).click();
	await expect(resident.page.getByText('Przyjęta, czeka na analizę')).toBeVisible();
	await context.close();
});

test('with JavaScript: an empty opinion is refused, fixed and sent with a reply address', async ({
	page
}) => {
	const resident = new OnlineFormPage(page);
	await resident.goto();
	await resident.hydrated();
	await expectNoAxeViolations(page);

	// An enhanced form gets its answer as JSON; what counts is what the resident sees.
	await resident.send();
	const summary = page.locator('.error-summary');
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText('Twoja opinia: To pole jest wymagane.');
	await expect(resident.text).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);

	const text = 'Z JavaScriptem: sąsiedzka biblioteczka w bramie, wymiana książek.';
	await resident.fill({ text, district: 'Bielany' });
	await expect(page.getByText(`Wpisano ${text.length} znaków z 2\u00a0000.`)).toBeVisible();
	await resident.askForReplyTo('mieszkanka@example.org');
	await resident.waitAsAPersonWould();
	await resident.send();

	await expect(page.getByRole('heading', { name: /Dziękujemy!/ })).toBeFocused();
	await expect(
		page.getByText('Odpowiedź urzędu wyślemy też na podany adres e-mail.')
	).toBeVisible();
	const code = await resident.receiptCode();
	expect(storedByReceipt(code)).toMatchObject({ text, email: 'mieszkanka@example.org' });
	await expectNoAxeViolations(page);
});

test('an address without consent is refused and the typed values stay', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const resident = new OnlineFormPage(await context.newPage());
	await resident.goto();
	const text = 'Adres bez zgody: ławki przy bibliotece.';
	await resident.fill({ text, age: '30–44 lata' });
	await resident.page.getByLabel('Adres e-mail').fill('ktos@example.org');

	expect(await resident.send()).toBe(400);

	await expect(
		resident.page.getByText(
			'Zaznacz zgodę, jeśli chcesz dostać odpowiedź e-mailem, albo usuń adres.'
		)
	).toHaveCount(2);
	await expect(resident.text).toHaveValue(text);
	await expect(resident.page.getByLabel('Wiek')).toHaveValue('30-44');
	await expect(resident.page.getByLabel('Adres e-mail')).toHaveValue('ktos@example.org');
	expect(countStoredWithText(text)).toBe(0);
	await context.close();
});

test('a form sent too quickly keeps the text and goes through once sent again', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const resident = new OnlineFormPage(await context.newPage());
	await resident.goto();
	const text = 'Za szybko: więcej koszy na śmieci przy skwerze.';
	await resident.fill({ text });

	expect(await resident.send()).toBe(400);
	await expect(resident.page.getByText(/wysłany bardzo szybko/)).toBeVisible();
	await expect(resident.text).toHaveValue(text);
	expect(countStoredWithText(text)).toBe(0);

	await resident.waitAsAPersonWould();
	expect(await resident.send()).toBe(200);
	await resident.receiptCode();
	expect(countStoredWithText(text)).toBe(1);
	await context.close();
});

test('a filled honeypot stores nothing and says what to do', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const resident = new OnlineFormPage(await context.newPage());
	await resident.goto();
	const text = 'Pułapka: to wypełnił automat.';
	await resident.fill({ text });
	await resident.page
		.locator('input[name="website"]')
		.fill('https://spam.example', { force: true });
	await resident.waitAsAPersonWould();

	expect(await resident.send()).toBe(400);

	await expect(resident.page.getByText(/Sprawdź ją i wyślij ponownie/)).toBeVisible();
	await expect(resident.text).toHaveValue(text);
	await expect(resident.page.locator('input[name="website"]')).toHaveValue('');
	expect(countStoredWithText(text)).toBe(0);
	await context.close();
});

test('a closed consultation shows its dates and accepts nothing', async ({ page, request }) => {
	const resident = new OnlineFormPage(page);
	expect((await resident.goto(CLOSED_SLUG))?.status()).toBe(200);

	await expect(page.getByText('Od 15 maja 2018 r. do 13 czerwca 2018 r.')).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Ta konsultacja nie przyjmuje teraz opinii' })
	).toBeVisible();
	await expect(page.getByText('Czym dla Ciebie jest wspólnota?')).toBeVisible();
	await expect(resident.text).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Wyślij opinię' })).toHaveCount(0);
	await expectNoAxeViolations(page);

	const posted = await request.post(`/konsultacje/${CLOSED_SLUG}`, {
		form: { text: 'Po terminie.' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(posted.status()).toBe(409);
	expect(countStoredWithText('Po terminie.')).toBe(0);
});

test('a draft and an unknown consultation are not found', async ({ page }) => {
	const slug = `szkic-${Date.now()}`;
	makeOpenConsultation(slug, 'draft');

	expect((await page.goto(`/konsultacje/${slug}`))?.status()).toBe(404);
	expect((await page.goto('/konsultacje/nie-ma-takiej'))?.status()).toBe(404);
	await expect(page.getByText('Nie ma takiej konsultacji.')).toBeVisible();
});

test('the receipt lookup shows the opinion, then the office’s response', async ({ page }) => {
	const consultationId = makeOpenConsultation(`status-${Date.now()}`);
	const code = generateReceiptCode();
	const commentId = withDatabase(
		(db) =>
			(
				db
					.prepare(
						`insert into comments (uuid, consultation_id, channel, text, receipt_code)
						values (?, ?, 'online', 'Proszę o stojaki na rowery przy bibliotece.', ?) returning id`
					)
					.get(crypto.randomUUID(), consultationId, code) as { id: number }
			).id
	);

	await page.goto(`/status?code=${encodeURIComponent(code.toLowerCase().replace('-', ' '))}`);
	await expect(page.getByRole('heading', { name: `Opinia ${code}` })).toBeVisible();
	await expect(page.getByText('Proszę o stojaki na rowery przy bibliotece.')).toBeVisible();
	await expect(page.getByTestId('opinion-status')).toHaveText('Przyjęta, czeka na analizę');
	await expect(
		page.getByText('Urząd jeszcze nie odpowiedział na tę opinię.', { exact: false })
	).toBeVisible();
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

	withDatabase((db) => {
		db.prepare(`update comments set status = 'coded' where id = ?`).run(commentId);
		db.prepare(
			`insert into comment_responses (comment_id, status, justification)
			values (?, 'partly_accepted', 'Stojaki staną przy wejściu od ul. Nowolipie.')`
		).run(commentId);
	});
	await page.reload();
	await expect(page.getByTestId('opinion-status')).toHaveText('W trakcie analizy');
	await expect(page.getByText('Częściowo uwzględniona')).toBeVisible();
	await expect(page.getByText('Stojaki staną przy wejściu od ul. Nowolipie.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.waitForLoadState('networkidle');
	await page.getByLabel('Kod opinii').fill('K7F2');
	await page.getByRole('button', { name: 'Sprawdź' }).click();
	await expect(page.getByText('To nie wygląda na kod opinii.', { exact: false })).toBeFocused();
	await page.getByLabel('Kod opinii').fill('ZZZZ-ZZZZ');
	await page.getByRole('button', { name: 'Sprawdź' }).click();
	await expect(
		page.getByText('Nie znaleźliśmy opinii o kodzie ZZZZ-ZZZZ.', { exact: false })
	).toBeVisible();
	await expectNoAxeViolations(page);
});

test('many opinions from one address are told how long to wait, text kept', async ({ browser }) => {
	const slug = `limit-${Date.now()}`;
	makeOpenConsultation(slug);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const residents = await Promise.all(
		Array.from({ length: 11 }, async () => new OnlineFormPage(await context.newPage()))
	);
	for (const [i, resident] of residents.entries()) {
		await resident.goto(slug);
		await resident.fill({ text: `Opinia numer ${i + 1} z jednego adresu.` });
	}
	// The last form was shown last: once it may be sent, all of them may.
	await residents[10]!.waitAsAPersonWould();

	for (const resident of residents.slice(0, 10)) expect(await resident.send()).toBe(200);
	const last = residents[10]!;
	expect(await last.send()).toBe(429);

	await expect(last.page.getByText(/Spróbuj ponownie za 15 minut\./)).toBeVisible();
	await expect(last.text).toHaveValue('Opinia numer 11 z jednego adresu.');
	expect(countStoredWithText('Opinia numer 11 z jednego adresu.')).toBe(0);
	await context.close();
});

test('a Ukrainian-speaking resident uses the page in Ukrainian', async ({ page }) => {
	const resident = new OnlineFormPage(page);
	await resident.goto();
	await page.getByRole('link', { name: 'Українська' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await resident.goto();
	await expect(page.getByRole('heading', { name: 'Ваша думка' })).toBeVisible();
	await expect(
		page.getByText('Матеріали консультацій — польською мовою.', { exact: false })
	).toBeVisible();
	await expect(page.getByText('Co pomogłoby Ci lepiej poznać sąsiadów?').first()).toHaveAttribute(
		'lang',
		'pl'
	);
	await resident.hydrated();
	await expectNoAxeViolations(page);

	await resident.text.fill('Українською: хочу більше сусідських свят у дворі.');
	await page.getByLabel('Вік').selectOption({ label: '30–44 роки' });
	await resident.waitAsAPersonWould();
	await resident.send('Надіслати думку');

	await expect(page.getByRole('heading', { name: 'Дякуємо! Вашу думку прийнято.' })).toBeFocused();
	const code = await resident.receiptCode();
	expect(storedByReceipt(code)).toMatchObject({ language: 'uk', age_band: '30-44' });
});
