/** A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text from residents goes into cells as text: a leading apostrophe stops Excel, LibreOffice
 * and Google Sheets from evaluating it. Numbers and dates are ours and pass unchanged.
 */
export function neutralise<T>(value: T): T | string {
	return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
