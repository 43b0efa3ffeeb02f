import { expect, type Page } from '@playwright/test';
import { withDatabase } from './database';

export const MEETING = {
	slug: 'wspolnota-dzialania',
	title: 'Otwarte spotkanie konsultacyjne',
	tables: [
		'Stolik 1 – otwartość i relacje',
		'Stolik 2 – aktywność i współpraca',
		'Stolik 3 – przynależność i miejsce'
	]
} as const;

/** A short random mark: tests run in parallel against one database and must find their own notes. */
export const uniqueTag = () => crypto.randomUUID().slice(0, 8);

/** The facilitator's notes page of the open consultation's meeting. */
export class NotesPage {
	constructor(readonly page: Page) {}

	async open() {
		await this.page.goto(`/staff/consultations/${MEETING.slug}/events`);
		await this.page.getByRole('link', { name: MEETING.title }).click();
		await this.page.getByRole('link', { name: 'Notatki ze spotkania' }).click();
		await this.ready();
	}

	async ready() {
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
			`Notatki ze spotkania: ${MEETING.title}`
		);
		// Typing before hydration finishes would race the enhanced form.
		await this.page.waitForLoadState('networkidle');
	}

	get table() {
		return this.page.getByLabel('Stolik', { exact: true });
	}

	get raw() {
		return this.page.getByLabel('Notatki: jedna uwaga w wierszu');
	}

	get status() {
		return this.page.locator('.notes-status');
	}

	/** Note `n` (from 1) of the list waiting to be saved. */
	note(n: number) {
		return this.page.getByRole('group', { name: new RegExp(`^Uwaga ${n} z \\d+$`) });
	}

	noteText(n: number) {
		return this.note(n).getByLabel('Treść');
	}

	async preview() {
		await this.page.getByRole('button', { name: 'Podgląd' }).click();
	}

	async save() {
		await this.page.getByRole('button', { name: 'Zapisz uwagi' }).click();
	}

	/** A note already saved, found by a piece of its text. */
	saved(text: string) {
		return this.page.locator('.saved-note').filter({ hasText: text });
	}
}

export interface StoredNote {
	id: number;
	text: string;
	channel: string;
	table: string | null;
	speaker_kind: string | null;
	area_code: number | null;
	author: string;
}

/** The notes whose text contains `tag`, as the database holds them. */
export function storedNotes(tag: string): StoredNote[] {
	return withDatabase(
		(db) =>
			db
				.prepare(
					`select c.id, c.text, c.channel, t.name as "table", c.speaker_kind,
						(select a.code from comment_declared_areas d join areas a on a.id = d.area_id
							where d.comment_id = c.id) as area_code,
						u.email as author
					from comments c
					left join meeting_tables t on t.id = c.table_id
					left join users u on u.id = c.entered_by_user_id
					where c.text like ? order by c.id`
				)
				.all(`%${tag}%`) as StoredNote[]
	);
}
