import { expect, type Page } from '@playwright/test';
import { withDatabase } from './database';

export const OPEN_SLUG = 'wspolnota-dzialania';
export const CLOSED_SLUG = 'program-wspolnota-2018';
export const FIRST_AREA = 'Budowanie otwartości i wspieranie nawiązywania relacji';

/** The server refuses a form sent sooner than this after it was shown (ONLINE_FORM_MIN_SECONDS). */
const MIN_FILL_MS = 3000;

/** A resident on a consultation's public page. */
export class OnlineFormPage {
	private shownAt = 0;
	constructor(readonly page: Page) {}

	async goto(slug = OPEN_SLUG) {
		const response = await this.page.goto(`/konsultacje/${slug}`);
		this.shownAt = Date.now();
		return response;
	}

	/** Typing before hydration finishes would race the enhanced form. */
	async hydrated() {
		await this.page.waitForLoadState('networkidle');
	}

	get text() {
		return this.page.getByRole('textbox', { name: /^(Twoja opinia|Ваша думка|Your opinion)/ });
	}

	async fill(opinion: { text: string; area?: string; district?: string; age?: string }) {
		await this.text.fill(opinion.text);
		if (opinion.area) await this.page.getByLabel(opinion.area).check();
		if (opinion.district) {
			await this.page.getByLabel('Dzielnica').selectOption({ label: opinion.district });
		}
		if (opinion.age) await this.page.getByLabel('Wiek').selectOption({ label: opinion.age });
	}

	async askForReplyTo(email: string) {
		await this.page.getByLabel('Adres e-mail').fill(email);
		await this.page.getByLabel(/^Zgadzam się/).check();
	}

	/** A person takes longer than the minimum fill time; a test has to wait for it. */
	async waitAsAPersonWould() {
		const left = this.shownAt + MIN_FILL_MS + 300 - Date.now();
		if (left > 0) await this.page.waitForTimeout(left);
	}

	/** Sends; returns the POST's HTTP status, which only a form without JavaScript gets as is. */
	async send(name: string | RegExp = 'Wyślij opinię') {
		const answered = this.page.waitForResponse(
			(r) => r.request().method() === 'POST' && r.url().includes('/konsultacje/')
		);
		await this.page.getByRole('button', { name }).click();
		return (await answered).status();
	}

	async receiptCode() {
		const code = this.page.getByTestId('receipt-code');
		await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		return (await code.textContent()) ?? '';
	}
}

export interface StoredOnlineOpinion {
	text: string;
	channel: string;
	district: string | null;
	age_band: string | null;
	language: string | null;
	areas: number;
	email: string | null;
}

export function storedByReceipt(code: string) {
	return withDatabase((db) =>
		db
			.prepare(
				`select c.text, c.channel, c.district, c.age_band, c.language, k.email,
					(select count(*) from comment_declared_areas a where a.comment_id = c.id) as areas
				from comments c left join comment_contacts k on k.comment_id = c.id
				where c.receipt_code = ?`
			)
			.get(code)
	) as StoredOnlineOpinion | undefined;
}

export function countStoredWithText(text: string) {
	return withDatabase(
		(db) =>
			(db.prepare('select count(*) as n from comments where text = ?').get(text) as { n: number }).n
	);
}

/** An open consultation of a test's own, so that its submissions meet no one else's limits. */
export function makeOpenConsultation(slug: string, status = 'open') {
	return withDatabase((db) => {
		const row = db
			.prepare(`insert into consultations (slug, title, status) values (?, ?, ?) returning id`)
			.get(slug, `Konsultacja testowa ${slug}`, status) as { id: number };
		return row.id;
	});
}
