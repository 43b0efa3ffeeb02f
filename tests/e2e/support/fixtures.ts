import { test as base, type Page } from '@playwright/test';
import type { Role } from '../../../src/lib/domain/roles';
import { storageStateFor } from './accounts';

type RolePages = { adminPage: Page; analystPage: Page; facilitatorPage: Page };

const pageAs =
	(role: Role) =>
	async (
		{ browser }: { browser: import('@playwright/test').Browser },
		use: (page: Page) => Promise<void>
	) => {
		const context = await browser.newContext({ storageState: storageStateFor(role) });
		const page = await context.newPage();
		await use(page);
		await context.close();
	};

/** A logged-in page per role; the sessions come from auth.setup.ts. */
export const test = base.extend<RolePages>({
	adminPage: pageAs('admin'),
	analystPage: pageAs('analyst'),
	facilitatorPage: pageAs('facilitator')
});

export { expect } from '@playwright/test';
