import { expect, type Page } from '@playwright/test';
import { withDatabase } from './database';

export const CODING_SLUG = 'wspolnota-dzialania';

/** Letters only: the inbox's search folds and stems words, and a tag must match as itself. */
export const letterTag = () =>
	Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => 'bcdfghjkmnpqrstvwxz'[b % 19]).join(
		''
	);

/** Opinions of the open consultation carrying `tag`, stored straight into the database. */
export function insertOpinions(tag: string, texts: string[]): number[] {
	return withDatabase((db) => {
		const { id } = db.prepare('select id from consultations where slug = ?').get(CODING_SLUG) as {
			id: number;
		};
		const insert = db.prepare(
			`insert into comments (uuid, consultation_id, channel, text, received_at)
			 values (?, ?, 'online', ?, ?) returning id`
		);
		return texts.map((text, i) => {
			const at = new Date(Date.UTC(2026, 0, 1, 10, i)).toISOString();
			return (insert.get(crypto.randomUUID(), id, `${text} ${tag}`, at) as { id: number }).id;
		});
	});
}

export function insertTheme(name: string): number {
	return withDatabase((db) => {
		const { id } = db.prepare('select id from consultations where slug = ?').get(CODING_SLUG) as {
			id: number;
		};
		const row = db
			.prepare('insert into themes (consultation_id, name) values (?, ?) returning id')
			.get(id, name) as { id: number };
		return row.id;
	});
}

export function codingOf(commentId: number) {
	return withDatabase((db) => ({
		areas: (
			db
				.prepare(
					'select a.code from comment_areas ca join areas a on a.id = ca.area_id where ca.comment_id = ? order by a.code'
				)
				.all(commentId) as { code: number }[]
		).map((r) => r.code),
		themes: (
			db
				.prepare(
					'select t.name from comment_themes ct join themes t on t.id = ct.theme_id where ct.comment_id = ? order by t.name'
				)
				.all(commentId) as { name: string }[]
		).map((r) => r.name),
		...(db
			.prepare('select status, excluded_reason, split_at, version from comments where id = ?')
			.get(commentId) as {
			status: string;
			excluded_reason: string | null;
			split_at: string | null;
			version: number;
		})
	}));
}

export class InboxPage {
	constructor(readonly page: Page) {}

	async open(query: Record<string, string>) {
		await this.page.goto(
			`/staff/consultations/${CODING_SLUG}/opinions?${new URLSearchParams(query)}`
		);
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Opinie');
		await this.page.waitForLoadState('networkidle');
	}

	card(id: number) {
		return this.page.locator(`[data-opinion="${id}"]`);
	}

	status(id: number) {
		return this.card(id).getByRole('status');
	}

	link(id: number) {
		return this.card(id).getByRole('link', { name: `Opinia nr ${id}` });
	}
}
