import { expect, type Page } from '@playwright/test';
import { generateReceiptCode } from '../../../src/lib/domain/receipt';
import { withDatabase } from './database';

export const DEMO_SLUG = 'program-wspolnota-2018';

/** The analysts' page of theme-level responses (stanowiska) of a consultation. */
export class ResponsesPage {
	constructor(readonly page: Page) {}

	async goto(slug = DEMO_SLUG) {
		const response = await this.page.goto(`/staff/consultations/${slug}/responses`);
		// Typing before hydration finishes would race the enhanced form.
		await this.page.waitForLoadState('networkidle');
		return response;
	}

	theme(name: string) {
		return this.page.getByRole('article', { name, exact: true });
	}

	/** Opens the theme's form and fills it; `status` is the Polish label of the response. */
	async fill(themeName: string, answer: { status: string; justification: string }) {
		const theme = this.theme(themeName);
		await theme.getByText(/^(Ustal|Zmień) stanowisko tematu/).click();
		await theme.getByLabel(answer.status, { exact: true }).check();
		await theme.getByLabel('Uzasadnienie').fill(answer.justification);
	}

	async apply(themeName: string) {
		await this.theme(themeName)
			.getByRole('button', { name: 'Zapisz i zastosuj do uwag tematu' })
			.click();
	}

	fact(themeName: string, term: string) {
		return this.theme(themeName).locator(`dt:text-is("${term}") + dd`);
	}

	get notice() {
		return this.page.locator('.notice');
	}
}

/**
 * Codes a few of the demo's unanswered opinions with a theme, as an analyst would have, and
 * gives the first a receipt code (the demo's opinions have none). Returns that code and how
 * many opinions the theme's response should reach.
 */
export function codeDemoOpinions(themeName: string, count: number, slug = DEMO_SLUG) {
	return withDatabase((db) =>
		db.transaction(() => {
			const theme = db
				.prepare(
					`select t.id from themes t join consultations c on c.id = t.consultation_id
					where c.slug = ? and t.name = ?`
				)
				.get(slug, themeName) as { id: number };
			const ids = (
				db
					.prepare(
						`select m.id from comments m join consultations c on c.id = m.consultation_id
						where c.slug = ? and m.status != 'excluded'
							and m.id not in (select comment_id from comment_themes)
							and m.id not in (select comment_id from comment_responses)
						order by m.id limit ?`
					)
					.all(slug, count) as { id: number }[]
			).map((row) => row.id);
			if (ids.length < count) throw new Error(`the demo has fewer than ${count} opinions to code`);
			const insert = db.prepare(`insert into comment_themes (comment_id, theme_id) values (?, ?)`);
			for (const id of ids) insert.run(id, theme.id);
			const receiptCode = generateReceiptCode();
			db.prepare(`update comments set receipt_code = ? where id = ?`).run(receiptCode, ids[0]);
			const reach = db
				.prepare(
					`select count(*) as n from comment_themes ct join comments m on m.id = ct.comment_id
					left join comment_responses r on r.comment_id = ct.comment_id
					where ct.theme_id = ? and m.status != 'excluded'
						and (r.comment_id is null or r.from_theme_id is not null)`
				)
				.get(theme.id) as { n: number };
			return { receiptCode, reach: reach.n };
		})()
	);
}

export async function expectReceiptShows(page: Page, code: string, texts: string[]) {
	await page.goto(`/status?code=${encodeURIComponent(code)}`);
	await expect(page.getByRole('heading', { name: `Opinia ${code}` })).toBeVisible();
	for (const text of texts) await expect(page.getByText(text, { exact: true })).toBeVisible();
}
