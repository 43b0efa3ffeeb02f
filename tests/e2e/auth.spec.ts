import { createHash } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { withDatabase } from './support/database';
import { LoginPage } from './support/pages';

test.describe('logging in and out', () => {
	test('a wrong password gets a generic message and no session', async ({ page }) => {
		const login = new LoginPage(page);
		await login.goto();
		await login.logIn(accounts.analyst.email, 'not the password');
		await expect(page.getByRole('alert')).toHaveText('Nieprawidłowy e-mail lub hasło.');
		await page.goto('/staff');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Fstaff/);
	});

	test('an anonymous visitor is sent to log in and then back where they were going', async ({
		page
	}) => {
		await page.goto('/staff/consultations/program-wspolnota-2018/events');
		await expect(page).toHaveURL(/\/login\?redirectTo=/);
		await expect(page.getByText('Zaloguj się, aby kontynuować.')).toBeVisible();
		await new LoginPage(page).logIn(accounts.facilitator.email, accounts.facilitator.password);
		await expect(page).toHaveURL(/\/staff\/consultations\/program-wspolnota-2018\/events$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wydarzenia');
	});

	test('logging out ends the session', async ({ page }) => {
		const login = new LoginPage(page);
		await login.goto();
		await login.logIn(accounts.analyst.email, accounts.analyst.password);
		await page.getByRole('button', { name: 'Wyloguj się' }).click();
		await expect(page).toHaveURL(/\/login$/);
		await page.goto('/staff');
		await expect(page).toHaveURL(/\/login\?redirectTo=/);
	});

	test('an expired session leads to the login page with the return path', async ({ page }) => {
		const login = new LoginPage(page);
		await login.goto();
		await login.logIn(accounts.analyst.email, accounts.analyst.password);
		await expect(page).toHaveURL(/\/staff$/);
		const cookie = (await page.context().cookies()).find((c) => c.name === 'glosy_session');
		expect(cookie?.httpOnly).toBe(true);
		expect(cookie?.sameSite).toBe('Lax');
		// Only this browser's session is aged; the other tests' sessions of the role stay valid.
		const sessionId = createHash('sha256')
			.update(cookie?.value ?? '')
			.digest('hex');
		const changed = withDatabase(
			(db) =>
				db
					.prepare(`update sessions set expires_at = '2000-01-01T00:00:00.000Z' where id = ?`)
					.run(sessionId).changes
		);
		expect(changed).toBe(1);
		await page.goto('/staff/consultations');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Fstaff%2Fconsultations$/);
	});

	test('repeated failures lock the account with a clear message', async ({ page }) => {
		const login = new LoginPage(page);
		await login.goto();
		for (let attempt = 0; attempt < 5; attempt++) {
			await login.logIn('zablokowana@example.org', `wrong ${attempt}`);
			await expect(page.getByRole('alert')).toBeVisible();
		}
		await login.logIn('zablokowana@example.org', 'wrong again');
		await expect(page.getByRole('alert')).toHaveText(
			/Zbyt wiele nieudanych prób logowania\. Spróbuj ponownie za 1[45] minut\./
		);
	});
});

test.describe('invitations', () => {
	test('an admin invites a person who sets a password once', async ({ adminPage, browser }) => {
		const email = `nowa.osoba.${Date.now()}@example.org`;
		await adminPage.goto('/staff/users');
		await adminPage.waitForLoadState('networkidle');
		await adminPage.getByLabel('Imię i nazwisko').fill('Nowa Osoba');
		await adminPage.getByLabel('E-mail').fill(email);
		await adminPage.getByLabel('Rola').selectOption('analyst');
		await adminPage.getByRole('button', { name: 'Utwórz konto i link zaproszenia' }).click();
		const link = await adminPage.getByLabel('Link zaproszenia (ważny 7 dni)').inputValue();
		expect(link).toMatch(/\/invite\/[a-z2-7]{32}$/);
		await expect(adminPage.getByRole('cell', { name: email })).toBeVisible();

		const context = await browser.newContext();
		const invitee = await context.newPage();
		await invitee.goto(link);
		// Typing before hydration would race the enhanced form.
		await invitee.waitForLoadState('networkidle');
		await invitee.getByLabel('Nowe hasło').fill('krótkie');
		await invitee.getByLabel('Powtórz hasło').fill('krótkie');
		await invitee.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
		await expect(invitee.locator('#field-password-error')).toHaveText('Co najmniej 12 znaków.');
		await invitee.getByLabel('Nowe hasło').fill('zielone drzewa na Woli');
		await invitee.getByLabel('Powtórz hasło').fill('zielone drzewa na Woli');
		await invitee.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
		await expect(invitee).toHaveURL(/\/staff$/);
		await expect(invitee.getByText('Nowa Osoba · Analityk/czka')).toBeVisible();

		await invitee.goto(link);
		await expect(invitee.getByRole('alert')).toHaveText(/został już wykorzystany/);
		await context.close();
	});

	test('a duplicate e-mail is refused with a message', async ({ adminPage }) => {
		await adminPage.goto('/staff/users');
		// Typing before hydration can be undone by it, as in the test above.
		await adminPage.waitForLoadState('networkidle');
		await adminPage.getByLabel('Imię i nazwisko').fill('Ktoś Inny');
		await adminPage.getByLabel('E-mail').fill(accounts.analyst.email);
		await adminPage.getByRole('button', { name: 'Utwórz konto i link zaproszenia' }).click();
		await expect(adminPage.locator('#field-email-error')).toHaveText(
			'Istnieje już konto z tym adresem e-mail.'
		);
	});
});
