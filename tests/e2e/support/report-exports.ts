import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { withDatabase } from './database';

export const EXPORTS_DEMO_SLUG = 'program-wspolnota-2018';

export const exportsUrl = (slug = EXPORTS_DEMO_SLUG) =>
	`/staff/consultations/${slug}/report/exports`;

/** Every opinion of a consultation, set-aside and split ones too: what the staff export lists. */
export function opinionCount(slug: string): number {
	return withDatabase(
		(db) =>
			db
				.prepare(
					`select count(*) as n from comments c join consultations k on k.id = c.consultation_id
					 where k.slug = ?`
				)
				.get(slug) as { n: number }
	).n;
}

/** A consultation of its own with a published version 1 of two frozen opinions. */
export function publishedConsultation(): string {
	const slug = `dane-${crypto.randomUUID().slice(0, 8)}`;
	withDatabase((db) =>
		db.transaction(() => {
			const { id } = db
				.prepare(
					`insert into consultations (slug, title, status) values (?, ?, 'closed') returning id`
				)
				.get(slug, `Dane otwarte ${slug}`) as { id: number };
			db.prepare(
				`insert into report_versions (consultation_id, version, snapshot_json) values (?, 1, ?)`
			).run(id, JSON.stringify({ schema: 1, consultation: { slug } }));
			const row = db.prepare(
				`insert into report_opinions (consultation_id, version, lp, comment_id, received_at,
				 channel, text) values (?, 1, ?, ?, '2018-05-29T15:00:00.000Z', 'online', ?)`
			);
			row.run(id, 1, 1001, 'Więcej ławek na Bielanach.');
			row.run(id, 2, 1002, '=HYPERLINK("x") i [telefon]');
		})()
	);
	return slug;
}

/** An analyst on the exports page of a consultation's report. */
export class ExportsPage {
	constructor(readonly page: Page) {}

	goto(slug = EXPORTS_DEMO_SLUG) {
		return this.page.goto(exportsUrl(slug));
	}

	get jobs() {
		return this.page.getByTestId('export-jobs');
	}

	async start(kind: 'CSV' | 'XLSX') {
		await this.page.waitForLoadState('networkidle');
		await this.page.getByRole('button', { name: `Eksportuj opinie do ${kind}` }).click();
	}

	downloadLink(kind: 'csv' | 'xlsx') {
		return this.page.getByRole('link', { name: new RegExp(`^Pobierz plik uwagi-.+\\.${kind}$`) });
	}

	/** Follows the download link; returns the file's name and bytes. */
	async download(kind: 'csv' | 'xlsx') {
		const downloading = this.page.waitForEvent('download');
		await this.downloadLink(kind).click();
		const file = await downloading;
		return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
	}

	async expectDone(kind: 'CSV' | 'XLSX') {
		await expect(this.jobs.getByText(`Eksport ${kind} jest gotowy.`).first()).toBeVisible({
			timeout: 30_000
		});
	}
}
