import { expect, test } from './support/kiosk-fixtures';
import { expectNoAxeViolations } from './support/axe';
import { OPEN } from './support/a11y';
import { focused, named, tabTo } from './support/a11y-checks';
import { OPEN_CONSULTATION, storedOpinions } from './support/kiosk';
import { OnlineFormPage, storedByReceipt } from './support/online';

// A resident with a keyboard alone — Tab, Shift+Tab, Enter, Space and arrows; no clicks, no fill().

const AREA_1 = /^Budowanie otwartości i wspieranie nawiązywania relacji/;

test.describe.configure({ timeout: 90_000 });

test('the online form, from the skip link to the receipt', async ({ page }) => {
	const resident = new OnlineFormPage(page);
	await resident.goto(OPEN);
	await resident.hydrated();

	await tabTo(page, named('Przejdź do treści'), { limit: 1 });
	await page.keyboard.press('Enter');
	const toText = await tabTo(page, named(/^Twoja opinia/));
	expect(toText.every((stop) => !/Zaloguj|Deklaracja/.test(stop.name))).toBe(true);
	await page.keyboard.type('Z klawiatury: sąsiedzka wymiana roślin na podwórku.');

	// One stop for the radio group; arrows pick a question.
	await tabTo(page, (f) => f.type === 'radio', { limit: 1 });
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel(OPEN_CONSULTATION.firstQuestion)).toBeChecked();
	await tabTo(page, named(AREA_1), { limit: 1 });
	await page.keyboard.press('Space');
	await tabTo(page, named(/^Dzielnica/), { limit: 5 });
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await tabTo(page, named('Wiek'), { limit: 1 });
	await page.keyboard.press('ArrowDown');

	// Shift+Tab walks back the same way.
	await tabTo(page, named(/^Dzielnica/), { back: true, limit: 1 });
	await tabTo(page, named('Wiek'), { limit: 1 });
	const toSend = await tabTo(page, named('Wyślij opinię'), { limit: 6 });
	expect(toSend.some((stop) => /^Adres e-mail/.test(stop.name))).toBe(true);

	await resident.waitAsAPersonWould();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /Dziękujemy!/ })).toBeFocused();
	const stored = storedByReceipt(await resident.receiptCode());
	expect(stored).toMatchObject({
		text: 'Z klawiatury: sąsiedzka wymiana roślin na podwórku.',
		district: 'bialoleka',
		age_band: expect.any(String),
		areas: 1
	});
});

test('the kiosk, from the start screen to the thank-you and back', async ({
	tablet,
	deviceName
}) => {
	const { page } = tablet;
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	await tabTo(page, named(OPEN_CONSULTATION.firstQuestion));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await tabTo(page, (f) => f.tag === 'textarea', { limit: 3 });
	await page.keyboard.type('Kiosk z klawiatury: więcej ławek w cieniu.');
	await tabTo(page, named(AREA_1), { limit: 1 });
	await page.keyboard.press('Space');
	await tabTo(page, named(/^Dzielnica/), { limit: 5 });
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await tabTo(page, named('Wiek'), { limit: 1 });
	await page.keyboard.press('ArrowDown');
	await tabTo(page, named(/^Dzielnica/), { back: true, limit: 1 });
	await tabTo(page, named('Wyślij opinię'), { limit: 4 });
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { name: 'Dziękujemy!' })).toBeFocused();
	await expectNoAxeViolations(page);
	await tabTo(page, named('Gotowe'), { limit: 3 });
	await page.keyboard.press('Space');
	await expect(
		page.getByRole('heading', { level: 1, name: OPEN_CONSULTATION.title })
	).toBeFocused();
	expect((await focused(page)).tag).toBe('h1');

	await expect.poll(() => storedOpinions(deviceName).length).toBe(1);
	expect(storedOpinions(deviceName)[0]).toMatchObject({
		text: 'Kiosk z klawiatury: więcej ławek w cieniu.',
		district: 'bialoleka',
		ageBand: expect.any(String)
	});
});
