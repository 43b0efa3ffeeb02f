import { expect, test } from './support/kiosk-fixtures';
import { KioskPage, OPEN_CONSULTATION, storedOpinions } from './support/kiosk';
import { expectNoAxeViolations } from './support/axe';
import { measureKioskSize } from '../../bench/kiosk-size';

test('a facilitator enrols a tablet by code; the code works once', async ({
	browser,
	devices,
	deviceName,
	tablet
}) => {
	await expect(tablet.page.getByText(OPEN_CONSULTATION.firstQuestion)).toBeVisible();
	await devices.open();
	await expect(devices.row(deviceName)).toContainText('Aktywne');

	const second = await browser.newContext();
	const other = new KioskPage(await second.newPage());
	const code = await devices.add(`${deviceName}-b`);
	await other.page.goto(`/kiosk?code=${code.toLowerCase()}`);
	await expect(other.page.getByLabel('Kod parowania')).toHaveValue(code.toLowerCase());
	await other.page.getByLabel('PIN do panelu obsługi').fill('13');
	await other.page.getByRole('button', { name: 'Połącz tablet' }).click();
	await expect(other.page.getByText('PIN musi mieć od 4 do 8 cyfr.')).toBeVisible();
	await other.page.getByLabel('PIN do panelu obsługi').fill('1357');
	await other.page.getByLabel('Powtórz PIN').fill('1357');
	await other.page.getByRole('button', { name: 'Połącz tablet' }).click();
	await other.expectStart();
	await expect(other.page).toHaveURL(/\/kiosk$/);

	const third = await browser.newContext();
	const late = new KioskPage(await third.newPage());
	await late.page.goto('/kiosk');
	await late.page.getByLabel('Kod parowania').fill(code);
	await late.page.getByLabel('PIN do panelu obsługi').fill('1357');
	await late.page.getByLabel('Powtórz PIN').fill('1357');
	await late.page.getByRole('button', { name: 'Połącz tablet' }).click();
	await expect(late.page.getByText(/został już użyty albo wygasł/)).toBeVisible();
	await second.close();
	await third.close();
});

test('a resident sends an opinion and the next one finds an empty form', async ({
	tablet,
	deviceName
}) => {
	const { page } = tablet;
	const historyAtStart = await page.evaluate(() => history.length);
	await tablet.choose();
	await tablet.opinion.fill('Wspólne śniadania na podwórku — poznałabym sąsiadów z klatki.');
	await page.getByLabel('Budowanie otwartości i wspieranie nawiązywania relacji').check();
	await page.getByLabel('Dzielnica, w której mieszkasz').selectOption({ label: 'Wola' });
	await page.getByLabel('Wiek').selectOption({ label: '60–74 lata' });
	await tablet.send();

	const receipt = (await page.getByTestId('receipt-code').textContent()) ?? '';
	expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	await page.getByRole('button', { name: 'Gotowe' }).click();
	await tablet.choose();
	await expect(tablet.opinion).toHaveValue('');
	await expect(
		page.getByLabel('Budowanie otwartości i wspieranie nawiązywania relacji')
	).not.toBeChecked();
	await expect(page.getByLabel('Dzielnica, w której mieszkasz')).toHaveValue('');
	await expect(page.getByLabel('Wiek')).toHaveValue('');
	expect(await page.evaluate(() => history.length)).toBe(historyAtStart);

	await expect.poll(() => storedOpinions(deviceName).length).toBe(1);
	expect(storedOpinions(deviceName)[0]).toMatchObject({
		text: 'Wspólne śniadania na podwórku — poznałabym sąsiadów z klatki.',
		receipt,
		district: 'wola',
		ageBand: '60-74',
		language: 'pl',
		channel: 'kiosk'
	});
});

test('a resident can give an opinion with the keyboard alone', async ({ tablet, deviceName }) => {
	const { page } = tablet;
	const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	await page.keyboard.press('Tab');
	expect(await focusedName()).toBe(OPEN_CONSULTATION.firstQuestion);
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { level: 1, name: OPEN_CONSULTATION.firstQuestion })
	).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(tablet.opinion).toBeFocused();
	await page.keyboard.type('Sąsiedzka biblioteczka na klatce schodowej.');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	for (let i = 0; i < 12 && (await focusedName()) !== 'Wyślij opinię'; i++) {
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { name: 'Dziękujemy!' })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { level: 1, name: OPEN_CONSULTATION.title })
	).toBeFocused();
	await expect.poll(() => storedOpinions(deviceName).length).toBe(1);
});

test('twenty opinions written offline survive a reload and arrive exactly once', async ({
	tablet,
	deviceName
}) => {
	test.setTimeout(90_000);
	const { page } = tablet;
	const context = page.context();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	await context.setOffline(true);
	for (let i = 1; i <= 20; i++) await tablet.submit(`Opinia bez sieci nr ${i}: więcej ławek.`);
	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await tablet.expectStart();
	await tablet.openStaffCorner();
	await expect(tablet.pending).toHaveText('20');
	expect(storedOpinions(deviceName)).toHaveLength(0);

	// The server stores the first batch but its answer is lost: the tablet must send it again.
	let answersLost = 0;
	await context.route('**/api/kiosk/opinions', async (route) => {
		if (answersLost > 0) return route.continue();
		answersLost++;
		await route.fetch();
		await route.abort('connectionreset');
	});
	await context.setOffline(false);
	await expect(tablet.pending).toHaveText('0', { timeout: 30_000 });

	expect(answersLost).toBe(1);
	const rows = storedOpinions(deviceName);
	expect(rows).toHaveLength(20);
	expect(new Set(rows.map((r) => r.uuid)).size).toBe(20);
	await expect(page.getByTestId('sent-count')).toHaveText('20');
});

test('a revoked tablet keeps its opinions and says why', async ({
	devices,
	deviceName,
	tablet
}) => {
	await devices.revoke(deviceName);

	await tablet.submit('Opinia napisana po odwołaniu tabletu.');
	await tablet.openStaffCorner();

	await expect(tablet.lastError).toContainText('został odłączony w panelu wydarzenia');
	await expect(tablet.pending).toHaveText('1');
	expect(storedOpinions(deviceName)).toHaveLength(0);
});

test('after a minute without a touch the half-written opinion is gone', async ({ tablet }) => {
	const { page } = tablet;
	await page.clock.install();
	await page.reload();
	await tablet.choose();
	await tablet.opinion.fill('Pół zdania, które ktoś zostawił');
	await page.getByRole('button', { name: 'English' }).click();

	await page.clock.fastForward(59_000);
	await expect(tablet.opinion).toHaveValue('Pół zdania, które ktoś zostawił');
	await page.clock.fastForward(2_000);

	await tablet.expectStart();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await tablet.choose();
	await expect(tablet.opinion).toHaveValue('');
});

test('English and Ukrainian are one tap away; the next resident starts in Polish', async ({
	tablet,
	deviceName
}) => {
	const { page } = tablet;
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(
		page.getByRole('heading', { name: 'Which question would you like to answer?' })
	).toBeVisible();

	await page.getByRole('button', { name: 'Українська' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await tablet.choose();
	await expect(page.getByText('Про вас (необов’язково)')).toBeVisible();
	await tablet.opinion.fill('Більше спільних свят у дворі.');
	await tablet.send();
	await expect(page.getByRole('heading', { name: 'Дякуємо!' })).toBeVisible();
	await page.getByRole('button', { name: 'Готово' }).click();

	await expect(
		page.getByRole('heading', { name: 'Na jakie pytanie chcesz odpowiedzieć?' })
	).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect.poll(() => storedOpinions(deviceName).map((r) => r.language)).toEqual(['uk']);
});

test('an empty or over-long opinion is explained and not sent', async ({ tablet, deviceName }) => {
	const { page } = tablet;
	await tablet.choose();
	await tablet.send();
	await expect(page.getByRole('alert')).toHaveText(
		'Napisz najpierw swoją opinię — pole jest puste.'
	);
	await expect(tablet.opinion).toBeFocused();

	await tablet.opinion.fill('   \n  ');
	await tablet.send();
	await expect(tablet.opinion).toHaveAttribute('aria-invalid', 'true');

	await tablet.opinion.fill('a'.repeat(2001));
	await expect(page.getByText(/Wpisano 2\s001 znaków z 2\s000\./)).toBeVisible();
	await expect(page.getByRole('alert')).toHaveText(
		'Tekst jest za długi o 1 znak. Skróć go, żeby wysłać.'
	);
	await tablet.send();
	await expect(tablet.opinion).toBeVisible();
	expect(storedOpinions(deviceName)).toHaveLength(0);
});

test('every kiosk screen passes axe and reflows at 200 % text', async ({ browser, tablet }) => {
	const { page } = tablet;
	const fitsAt200 = async () => {
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		await page.evaluate(() => (document.documentElement.style.fontSize = ''));
		return overflow;
	};
	await expectNoAxeViolations(page);
	expect(await fitsAt200()).toBeLessThanOrEqual(0);

	await tablet.choose();
	await tablet.send();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectNoAxeViolations(page);
	expect(await fitsAt200()).toBeLessThanOrEqual(0);

	await tablet.opinion.fill('Ławki przy placu zabaw.');
	await tablet.send();
	await expect(page.getByTestId('receipt-code')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Gotowe' }).click();
	await tablet.openStaffCorner();
	await expectNoAxeViolations(page);

	const fresh = await browser.newContext();
	const pairing = await fresh.newPage();
	await pairing.goto('/kiosk');
	await pairing.getByRole('button', { name: 'Połącz tablet' }).click();
	await expect(pairing.locator('[aria-invalid="true"]').first()).toBeFocused();
	await expectNoAxeViolations(pairing);
	await fresh.close();
});

test('the event page with a fresh pairing code passes axe', async ({ devices, deviceName }) => {
	await devices.add(deviceName);
	await expectNoAxeViolations(devices.page);
});

test('ending the kiosk asks first when opinions wait, then wipes the tablet', async ({
	devices,
	deviceName,
	tablet
}) => {
	const { page } = tablet;
	await page.context().setOffline(true);
	await tablet.submit('Opinia, która nie zdążyła wyjść.');
	await tablet.openStaffCorner();
	const end = page.getByRole('button', { name: 'Zakończ kiosk' });
	await expect(page.getByText('Na tablecie czeka 1 niewysłana opinia.')).toBeVisible();
	await expect(end).toBeDisabled();

	await page.getByLabel('Rozumiem, usuń niewysłane opinie').check();
	await page.context().setOffline(false);
	await end.click();

	await expect(page.getByRole('heading', { name: 'Połącz tablet z wydarzeniem' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Połącz tablet z wydarzeniem' })).toBeVisible();
	await devices.open();
	await expect(devices.row(deviceName)).toContainText('Odwołane');
});

test('a kiosk loads the scripts the size benchmark counts, and none it does not know', async ({
	tablet
}) => {
	const page = await tablet.page.context().newPage();
	const scripts = new Set<string>();
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.startsWith('/_app/')) scripts.add(pathname.slice(1));
	});
	const { js, lazyJs } = (await measureKioskSize('build')).kiosk;
	const counted = js.files.map((f) => f.file);
	const later = lazyJs.files.map((f) => f.file);

	await page.goto('/kiosk');
	await new KioskPage(page).expectStart();
	await page.waitForLoadState('networkidle');

	expect([...scripts]).toEqual(expect.arrayContaining(counted));
	expect([...counted, ...later]).toEqual(expect.arrayContaining([...scripts]));
});
