import { expect, type Page } from '@playwright/test';

export class LoginPage {
	constructor(private readonly page: Page) {}

	async goto(path = '/login') {
		await this.page.goto(path);
	}

	async logIn(email: string, password: string) {
		// Typing before hydration finishes would race the enhanced form.
		await this.page.waitForLoadState('networkidle');
		await this.page.getByLabel('E-mail').fill(email);
		await this.page.getByLabel('Hasło', { exact: true }).fill(password);
		// One attempt at a time: the next one starts only after the server has answered this one.
		const answered = this.page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'
		);
		await this.page.getByRole('button', { name: 'Zaloguj się' }).click();
		await answered;
	}
}

export class ConsultationFormPage {
	constructor(private readonly page: Page) {}

	async ready() {
		await this.page.waitForLoadState('networkidle');
	}

	async fill(values: {
		title?: string;
		slug?: string;
		questions?: string;
		opens?: string;
		closes?: string;
	}) {
		await this.ready();
		if (values.title !== undefined) await this.page.getByLabel('Tytuł').fill(values.title);
		if (values.slug !== undefined)
			await this.page.getByLabel('Adres (fragment URL)').fill(values.slug);
		if (values.questions !== undefined)
			await this.page.getByLabel('Pytania przewodnie').fill(values.questions);
		if (values.opens !== undefined) await this.page.getByLabel('Początek').fill(values.opens);
		if (values.closes !== undefined) await this.page.getByLabel('Koniec').fill(values.closes);
	}

	async save() {
		await this.page.getByRole('button', { name: 'Zapisz' }).click();
	}

	async expectFieldError(label: string, message: string | RegExp) {
		const field = this.page.getByLabel(label, { exact: true });
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
		const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
		await expect(this.page.locator(`[id="${errorId}"]`)).toHaveText(message);
	}
}
