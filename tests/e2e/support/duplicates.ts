import { expect, type Page } from '@playwright/test';
import { withDatabase } from './database';

/** Stores opinions straight into a demo consultation, a day apart, the first oldest. */
export function insertOpinions(slug: string, texts: readonly string[]): number[] {
	return withDatabase((db) => {
		const insert = db.prepare(
			`insert into comments (uuid, consultation_id, channel, text, received_at)
			values (?, (select id from consultations where slug = ?), 'online', ?, ?)`
		);
		return texts.map((text, i) => {
			const receivedAt = new Date(Date.UTC(2026, 0, 10 + i, 9)).toISOString();
			return Number(insert.run(crypto.randomUUID(), slug, text, receivedAt).lastInsertRowid);
		});
	});
}

export function duplicateState(ids: readonly number[]) {
	return withDatabase((db) =>
		db
			.prepare(
				`select id, status, excluded_reason, duplicate_of_id from comments
				where id in (${ids.map(() => '?').join(', ')}) order by id`
			)
			.all(...ids)
	);
}

/** The duplicates review: groups of opinions, each with its own form. */
export class DuplicatesPage {
	constructor(
		private readonly page: Page,
		readonly slug = 'wspolnota-dzialania'
	) {}

	async open() {
		await this.page.goto(`/staff/consultations/${this.slug}/duplicates`);
		await expect(this.page.getByRole('heading', { level: 1, name: 'Duplikaty' })).toBeVisible();
		await this.page.waitForLoadState('networkidle');
	}

	/** The group that holds a text with this marker. */
	group(marker: string) {
		return this.page.getByRole('region').filter({ hasText: marker });
	}

	keep(marker: string, id: number) {
		return this.group(marker).getByRole('radio', { name: `Zostaw opinię nr ${id}` });
	}

	duplicate(marker: string, id: number) {
		return this.group(marker).getByRole('checkbox', { name: `Duplikat: opinia nr ${id}` });
	}

	async markDuplicates(marker: string) {
		await this.group(marker).getByRole('button', { name: 'Oznacz jako duplikaty' }).click();
	}

	async undo(marker: string, id: number) {
		await this.group(marker)
			.getByRole('button', { name: `Cofnij oznaczenie opinii nr ${id}` })
			.click();
	}

	status() {
		return this.page.getByRole('status');
	}
}
