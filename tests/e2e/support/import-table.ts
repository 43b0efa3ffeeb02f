import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { encodeWindows1250 } from '../../../src/lib/server/import/table/windows-1250';

export interface UploadFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

/** A semicolon CSV as Polish Excel saves it: windows-1250, CRLF. */
export function excelCsv(rows: string[][]): UploadFile {
	const text = rows.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
	return { name: 'karty.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeWindows1250(text)) };
}

export function utf8Csv(name: string, text: string): UploadFile {
	return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

export async function workbook(rows: ExcelJS.CellValue[][]): Promise<UploadFile> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Karty');
	for (const row of rows) sheet.addRow(row);
	return {
		name: 'karty.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(await book.xlsx.writeBuffer())
	};
}

/** The upload page, then the mapping page with its preview and error report. */
export class TableImportPage {
	constructor(
		private readonly page: Page,
		readonly slug = 'wspolnota-dzialania'
	) {}

	get uploadPath() {
		return `/staff/consultations/${this.slug}/import/table`;
	}

	async upload(file: UploadFile) {
		await this.page.goto(this.uploadPath);
		await this.page.waitForLoadState('networkidle');
		await this.page.getByLabel('Plik z tabelą').setInputFiles(file);
		await this.page.getByRole('button', { name: 'Prześlij plik' }).click();
	}

	async expectUploadError(message: string | RegExp) {
		const input = this.page.getByLabel('Plik z tabelą');
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		await expect(this.page.locator('#field-file-error')).toHaveText(message);
	}

	async expectMappingPage(rowCount: RegExp) {
		await expect(this.page).toHaveURL(new RegExp(`${this.uploadPath}/[a-z2-7]{32}$`));
		await expect(this.page.getByText(rowCount)).toBeVisible();
		await this.page.waitForLoadState('networkidle');
	}

	column(field: string) {
		return this.page.getByLabel(field, { exact: true });
	}

	async chooseEvent(title: string) {
		await this.page.getByLabel('Wydarzenie, na którym je zebrano').selectOption({ label: title });
	}

	async importAll() {
		await this.page.getByRole('button', { name: /^Importuj/ }).click();
	}

	preview() {
		return this.page.getByRole('region', { name: /Podgląd/ }).getByRole('table');
	}

	errorReport() {
		return this.page.getByRole('region', { name: 'Nic nie zostało zapisane' });
	}
}
