import { expect, type Page } from '@playwright/test';
import { withDatabase } from './database';

/** The demo's open consultation (scripts/demo/wspolnota-open.ts) and its Neighbour Day stand. */
export const OPEN_CONSULTATION = {
	slug: 'wspolnota-dzialania',
	title: 'Program Wspólnota — jakie działania w Twojej okolicy?',
	firstQuestion: 'Co pomogłoby Ci lepiej poznać sąsiadów?',
	event: 'Dzień Sąsiada na Skwerze Nowolipki'
};
export const KIOSK_PIN = '2468';

/** The facilitator's side: the event page's kiosk devices section. */
export class DevicesPage {
	constructor(readonly page: Page) {}

	async open() {
		await this.page.goto(`/staff/consultations/${OPEN_CONSULTATION.slug}/events`);
		await this.page.getByRole('link', { name: OPEN_CONSULTATION.event }).click();
		await expect(this.page.getByRole('heading', { name: 'Urządzenia kiosku' })).toBeVisible();
		await this.page.waitForLoadState('networkidle');
	}

	/** Adds a device and returns the pairing code shown once. */
	async add(name: string): Promise<string> {
		await this.page.getByLabel('Nazwa urządzenia').fill(name);
		await this.page.getByRole('button', { name: 'Dodaj urządzenie kiosku' }).click();
		const code = this.page.locator('.pairing .code');
		await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		return (await code.textContent())?.trim() ?? '';
	}

	async revoke(name: string) {
		await this.page.getByRole('button', { name: `Odwołaj ${name}` }).click();
		await expect(this.page.getByRole('status').filter({ hasText: 'Odwołano' })).toBeVisible();
	}

	row(name: string) {
		return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
	}
}

/** The tablet. */
export class KioskPage {
	constructor(readonly page: Page) {}

	async pair(code: string, pin = KIOSK_PIN) {
		await this.page.goto('/kiosk');
		await this.page.getByLabel('Kod parowania').fill(code);
		await this.page.getByLabel('PIN do panelu obsługi').fill(pin);
		await this.page.getByLabel('Powtórz PIN').fill(pin);
		await this.page.getByRole('button', { name: 'Połącz tablet' }).click();
		await this.expectStart();
	}

	async expectStart() {
		await expect(
			this.page.getByRole('heading', { level: 1, name: OPEN_CONSULTATION.title })
		).toBeVisible();
	}

	async choose(question: string = OPEN_CONSULTATION.firstQuestion) {
		await this.page.getByRole('button', { name: question }).click();
		await expect(this.opinion).toBeVisible();
	}

	get opinion() {
		return this.page.getByRole('textbox', { name: /Twoja odpowiedź|Your answer|Ваша відповідь/ });
	}

	async send() {
		await this.page
			.getByRole('button', { name: /Wyślij opinię|Send my opinion|Надіслати/ })
			.click();
	}

	/** One resident: a question, a text, send; returns the receipt code shown. */
	async submit(text: string): Promise<string> {
		await this.choose();
		await this.opinion.fill(text);
		await this.send();
		const receipt = this.page.getByTestId('receipt-code');
		await expect(receipt).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		const code = (await receipt.textContent()) ?? '';
		await this.page.getByRole('button', { name: /Gotowe|Done|Готово/ }).click();
		await this.expectStart();
		return code;
	}

	async openStaffCorner(pin = KIOSK_PIN) {
		await this.page.getByRole('button', { name: 'Panel obsługi' }).click();
		await this.page.getByLabel('Wpisz PIN, żeby otworzyć panel obsługi').fill(pin);
		await this.page.getByRole('button', { name: 'Otwórz' }).click();
		await expect(this.page.getByRole('heading', { name: 'Stan tabletu' })).toBeVisible();
	}

	get pending() {
		return this.page.getByTestId('pending-count');
	}

	get lastError() {
		return this.page.getByTestId('last-error');
	}
}

export function storedOpinions(deviceName: string) {
	return withDatabase((db) =>
		db
			.prepare(
				`select c.uuid, c.text, c.receipt_code as receipt, c.district, c.age_band as ageBand,
					c.language, c.channel
				from comments c join devices d on d.id = c.entered_by_device_id
				where d.name = ? order by c.id`
			)
			.all(deviceName)
	) as {
		uuid: string;
		text: string;
		receipt: string | null;
		district: string | null;
		ageBand: string | null;
		language: string | null;
		channel: string;
	}[];
}
