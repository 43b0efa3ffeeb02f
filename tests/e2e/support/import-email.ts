import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export interface UploadFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

/**
 * A fixture .eml with its {{RUN}} marks replaced, so that each test run has its own Message-IDs
 * and texts. latin1 keeps every byte of a message in another charset as it is.
 */
export function mailFixture(name: string, run: string): UploadFile {
	const template = readFileSync(new URL(`../fixtures/mail/${name}`, import.meta.url), 'latin1');
	return {
		name,
		mimeType: 'message/rfc822',
		buffer: Buffer.from(template.replaceAll('{{RUN}}', run), 'latin1')
	};
}

export const runId = () => `run-${crypto.randomUUID().slice(0, 8)}`;

export class ImportEmailPage {
	constructor(private readonly page: Page) {}

	goto(slug: string) {
		return this.page.goto(`/staff/consultations/${slug}/import/email`);
	}

	async upload(...files: UploadFile[]) {
		// Choosing files before hydration would race the enhanced form.
		await this.page.waitForLoadState('networkidle');
		await this.page.getByLabel('Pliki z wiadomościami').setInputFiles(files);
		const answered = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await this.page.getByRole('button', { name: 'Importuj wiadomości' }).click();
		await answered;
	}

	async expectSummary(text: string | RegExp) {
		await expect(this.page.getByRole('status')).toHaveText(text);
	}

	async expectProblems(...problems: (string | RegExp)[]) {
		const summary = this.page.getByRole('alert');
		await expect(summary.getByRole('heading')).toHaveText('Nic nie zostało zapisane');
		await expect(summary.getByRole('listitem')).toHaveText(problems);
		await expect(this.page.getByLabel('Pliki z wiadomościami')).toHaveAttribute(
			'aria-invalid',
			'true'
		);
	}
}
