import { expect, test as setup } from '@playwright/test';
import { ROLES } from '../../src/lib/domain/roles';
import { accounts, storageStateFor } from './support/accounts';
import { LoginPage } from './support/pages';

for (const role of ROLES) {
	setup(`log in as ${role}`, async ({ page }) => {
		const login = new LoginPage(page);
		await login.goto();
		await login.logIn(accounts[role].email, accounts[role].password);
		await expect(page).toHaveURL(/\/staff$/);
		await page.context().storageState({ path: storageStateFor(role) });
	});
}
