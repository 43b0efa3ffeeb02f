import { expect, type Page } from '@playwright/test';
import { withDatabase } from './database';

export const AGREEMENT_BASE = '/staff/consultations/program-wspolnota-2018/agreement';

/** A short random mark: specs share one database and must find their own sample. */
export const uniqueTag = () => crypto.randomUUID().slice(0, 8);

/** The agreement pages: the list with its form, the report, blind coding and adjudication. */
export class AgreementPages {
	constructor(readonly page: Page) {}

	/** Draws a sample and returns the report's path. */
	async createSample(name: string, size: number, coders: [string, string]) {
		await this.page.goto(AGREEMENT_BASE);
		await this.page.waitForLoadState('networkidle');
		await this.page.getByLabel('Nazwa próby').fill(name);
		await this.page.getByLabel('Albo dokładna liczba opinii').fill(String(size));
		await this.page.getByLabel('Pierwsza osoba kodująca').selectOption({ label: coders[0] });
		await this.page.getByLabel('Druga osoba kodująca').selectOption({ label: coders[1] });
		await this.page.getByRole('button', { name: 'Wylosuj próbę' }).click();
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`Próba „${name}”`);
		return new URL(this.page.url()).pathname;
	}

	/** Opens the blind coding view; with scripts, waits until the digit keys work. */
	async openCoding(reportPath: string, { scripted = true } = {}) {
		await this.page.goto(`${reportPath}/code`);
		await this.page.waitForLoadState('networkidle');
		// The shortcut hint appears once the page's script runs, and only then.
		await expect(this.page.getByText('Skrót: klawisze 1–3')).toBeVisible({ visible: scripted });
	}

	get opinionHeading() {
		return this.page.getByRole('heading', { level: 2, name: /^Opinia nr \d+$/ });
	}

	/** The id of the opinion being coded, from its heading. */
	async currentOpinion() {
		const text = await this.opinionHeading.textContent();
		return Number(/\d+/.exec(text ?? '')?.[0]);
	}

	area(code: number) {
		return this.page.getByRole('checkbox', { name: new RegExp(`^${code}\\. `) });
	}

	theme(name: string) {
		return this.page.getByRole('checkbox', { name, exact: true });
	}

	get saveAndNext() {
		return this.page.getByRole('button', { name: 'Zapisz i dalej' });
	}

	async expectSaved(opinionId: number) {
		await expect(this.page.getByRole('status')).toHaveText(
			`Zapisano kodowanie opinii nr ${opinionId}.`
		);
	}

	/** One table row of the κ report, by the code's name as its row header begins. */
	kappaRow(caption: string, startsWith: string) {
		return this.page
			.getByRole('table', { name: caption })
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${startsWith}`) }) });
	}
}

/** The area codes an opinion is finally coded with. */
export function finalAreaCodes(commentId: number): number[] {
	return withDatabase((db) =>
		db
			.prepare(
				`select a.code from comment_areas ca join areas a on a.id = ca.area_id
				 where ca.comment_id = ? order by a.code`
			)
			.all(commentId)
			.map((row) => (row as { code: number }).code)
	);
}
