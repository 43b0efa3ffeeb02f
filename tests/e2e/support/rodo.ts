import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { generateReceiptCode } from '../../../src/lib/domain/receipt';
import { withDatabase } from './database';
import { OPEN_SLUG } from './online';

export interface StoredOpinion {
	text: string;
	redacted_text: string | null;
	erased_at: string | null;
	email: string | null;
}

export interface ExportFile {
	identifier: { kind: string; value: string };
	opinions: Record<string, unknown>[];
}

/** An opinion as the online form leaves it: text, receipt code, and a reply address. */
export function insertOnlineOpinion(text: string, email: string | null) {
	const receipt = generateReceiptCode();
	const id = withDatabase((db) => {
		const { id: consultationId } = db
			.prepare('select id from consultations where slug = ?')
			.get(OPEN_SLUG) as { id: number };
		const { id } = db
			.prepare(
				`insert into comments (uuid, consultation_id, channel, text, receipt_code, language)
				values (?, ?, 'online', ?, ?, 'pl') returning id`
			)
			.get(crypto.randomUUID(), consultationId, text, receipt) as { id: number };
		if (email) {
			db.prepare(
				`insert into comment_contacts (comment_id, email, source, consent_at)
				values (?, ?, 'form', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
			).run(id, email);
		}
		return id;
	});
	return { id, receipt };
}

export function storedOpinion(id: number) {
	return withDatabase((db) =>
		db
			.prepare(
				`select c.text, c.redacted_text, c.erased_at, k.email
				from comments c left join comment_contacts k on k.comment_id = c.id where c.id = ?`
			)
			.get(id)
	) as StoredOpinion;
}

/** An admin handling a resident's request at /staff/rodo. */
export class RodoPage {
	constructor(readonly page: Page) {}

	goto() {
		return this.page.goto('/staff/rodo');
	}

	async find(identifier: string) {
		await this.page.waitForLoadState('networkidle');
		await this.page.getByLabel('Adres e-mail albo kod opinii').fill(identifier);
		await this.page.getByRole('button', { name: 'Szukaj' }).click();
	}

	get results() {
		return this.page.getByTestId('subject-opinions');
	}

	/** The export is a file download; returns its name and parsed content. */
	async download() {
		const downloading = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: 'Pobierz dane w pliku JSON' }).click();
		const file = await downloading;
		const path = await file.path();
		const json = JSON.parse(await readFile(path, 'utf8')) as ExportFile;
		return { name: file.suggestedFilename(), json };
	}

	async askToErase(options: { removeText?: boolean } = {}) {
		if (options.removeText) await this.page.getByLabel(/^Usuń także treść opinii/).check();
		await this.page.getByRole('button', { name: 'Usuń dane osobowe…' }).click();
		await expect(this.page.getByRole('heading', { name: 'Potwierdź usunięcie' })).toBeVisible();
	}

	async confirmErasure() {
		await this.page.getByRole('button', { name: 'Tak, usuń dane osobowe' }).click();
	}
}

/** An analyst checking one opinion's public text. */
export class RedactionPage {
	constructor(readonly page: Page) {}

	goto(id: number, slug = OPEN_SLUG) {
		return this.page.goto(`/staff/consultations/${slug}/opinions/${id}/redaction`);
	}

	get publicText() {
		return this.page.getByRole('textbox', { name: 'Tekst publiczny' });
	}

	get state() {
		return this.page.getByTestId('redaction-state');
	}

	async save(text: string) {
		await this.page.waitForLoadState('networkidle');
		await this.publicText.fill(text);
		await this.page.getByRole('button', { name: 'Zapisz tekst publiczny' }).click();
	}

	async resetToAutomatic() {
		await this.page.getByRole('button', { name: 'Przywróć automatyczną' }).click();
	}
}
