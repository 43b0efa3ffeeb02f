import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { AgreementPages, uniqueTag } from './support/agreement';
import { expectNoAxeViolations } from './support/axe';
import { TableImportPage, utf8Csv } from './support/import-table';
import {
	CLOSED,
	emptyConsultation,
	eventId,
	firstOpinionId,
	OPEN,
	sweep,
	sweepErrors
} from './support/a11y';

// The staff side of the accessibility sweep: every staff page as the role that uses it, with
// the other roles' views where they differ, and the main states.

const MEETING = 'Otwarte spotkanie konsultacyjne';
const STAND = 'Dzień Sąsiada na Skwerze Nowolipki';

test.describe.configure({ timeout: 90_000 });

test('admin: accounts, personal data and consultation set-up, with errors', async ({
	adminPage: page
}) => {
	await sweep(page, '/staff');
	await sweep(page, '/staff/rodo');
	await sweep(page, '/staff/consultations');
	await sweep(page, '/staff/consultations/new');
	await sweepErrors(page, 'Zapisz');
	await sweep(page, '/staff/consultations/[slug]', { slug: CLOSED });
	await sweep(page, '/staff/consultations/[slug]/areas', { slug: CLOSED });
	await sweep(page, '/staff/consultations/[slug]/themes', { slug: CLOSED });
	await sweep(page, '/staff/consultations/[slug]/events', { slug: CLOSED });
	await sweep(page, '/staff/consultations/[slug]/events/[id]', {
		slug: CLOSED,
		id: eventId(CLOSED, MEETING)
	});
	await sweep(page, '/staff/consultations/[slug]/events/new', { slug: OPEN });
	await sweepErrors(page, 'Zapisz');

	await sweep(page, '/staff/users');
	await sweepErrors(page, 'Utwórz konto i link zaproszenia');
});

test('an invitation, and the invited person’s form with errors', async ({ adminPage, page }) => {
	await adminPage.goto('/staff/users');
	await adminPage.waitForLoadState('networkidle');
	await adminPage.getByLabel('Imię i nazwisko').fill('Osoba Zaproszona');
	await adminPage.getByLabel('E-mail').fill(`zaproszona.${uniqueTag()}@example.org`);
	await adminPage.getByRole('button', { name: 'Utwórz konto i link zaproszenia' }).click();
	const link = await adminPage.getByLabel('Link zaproszenia (ważny 7 dni)').inputValue();
	await expectNoAxeViolations(adminPage);

	const token = new URL(link).pathname.split('/').pop() ?? '';
	await sweep(page, '/invite/[token]', { token });
	// The fields are `required`: the browser itself stops an empty form; a short password reaches the server.
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Nowe hasło').fill('krótkie');
	await page.getByLabel('Powtórz hasło').fill('krótkie');
	await page.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
	await expect(page.getByLabel('Nowe hasło')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);
});

test('analyst: inbox with filters, an opinion, duplicates, responses, report with charts', async ({
	analystPage: page
}) => {
	const opinion = { slug: CLOSED, id: firstOpinionId(CLOSED) };
	await sweep(page, '/staff');
	await sweep(page, '/staff/consultations/[slug]/opinions', { slug: OPEN });
	const filters = '?channel=kiosk&district=ochota';
	await sweep(page, '/staff/consultations/[slug]/opinions', { slug: CLOSED }, filters);
	await expect(page.locator('[data-opinion]').first()).toBeVisible();
	await sweep(page, '/staff/consultations/[slug]/opinions', { slug: CLOSED }, '?q=zzzzqqq');
	await sweep(page, '/staff/consultations/[slug]/opinions/[id]', opinion);
	await sweep(page, '/staff/consultations/[slug]/opinions/[id]/redaction', opinion);
	await sweep(page, '/staff/consultations/[slug]/duplicates', { slug: CLOSED });
	await sweep(page, '/staff/consultations/[slug]/responses', { slug: CLOSED });
	await sweep(page, '/staff/consultations/[slug]/report', { slug: CLOSED });
	await expect(page.locator('figure[data-chart] canvas').first()).toBeVisible();
	await sweep(page, '/staff/consultations/[slug]/report/exports', { slug: CLOSED });
});

test('analyst: imports, with errors and a table preview', async ({ analystPage: page }) => {
	await sweep(page, '/staff/consultations/[slug]/import', { slug: OPEN });
	await sweep(page, '/staff/consultations/[slug]/import/email', { slug: OPEN });
	await sweepErrors(page, 'Importuj wiadomości');
	await sweep(page, '/staff/consultations/[slug]/import/table', { slug: OPEN });
	await sweepErrors(page, 'Prześlij plik');

	const importer = new TableImportPage(page, OPEN);
	await importer.upload(utf8Csv('karty.csv', 'Treść;Dzielnica\nWięcej ławek;Wola\n;Muranów\n'));
	await importer.expectMappingPage(/W pliku są 2 wiersze/);
	const upload = new URL(page.url()).pathname.split('/').pop() ?? '';
	await sweep(page, '/staff/consultations/[slug]/import/table/[upload]', { slug: OPEN, upload });
	await importer.importAll();
	await expect(importer.errorReport()).toBeFocused();
	await expectNoAxeViolations(page);
});

test('agreement: a sample, its report, blind coding and adjudication', async ({
	adminPage: page
}) => {
	const agreement = new AgreementPages(page);
	const report = await agreement.createSample(`Próba a11y ${uniqueTag()}`, 2, [
		accounts.admin.displayName,
		accounts.analyst.displayName
	]);
	const sampleId = report.split('/').pop() ?? '';
	const params = { slug: CLOSED, sampleId };
	await sweep(page, '/staff/consultations/[slug]/agreement', { slug: CLOSED });
	await sweep(page, '/staff/consultations/[slug]/agreement/[sampleId]', params);
	await sweep(page, '/staff/consultations/[slug]/agreement/[sampleId]/code', params);
	await sweep(page, '/staff/consultations/[slug]/agreement/[sampleId]/adjudicate', params);
});

test('a consultation without opinions, on every page that lists them', async ({
	adminPage: page
}) => {
	const slug = emptyConsultation();
	for (const route of [
		'/staff/consultations/[slug]',
		'/staff/consultations/[slug]/opinions',
		'/staff/consultations/[slug]/responses',
		'/staff/consultations/[slug]/duplicates',
		'/staff/consultations/[slug]/agreement',
		'/staff/consultations/[slug]/report',
		'/staff/consultations/[slug]/events',
		'/staff/consultations/[slug]/areas',
		'/staff/consultations/[slug]/themes'
	] as const) {
		await sweep(page, route, { slug });
	}
});

test('facilitator: the dashboard, an event with kiosk devices, meeting notes', async ({
	facilitatorPage: page
}) => {
	await sweep(page, '/staff');
	await sweep(page, '/staff/consultations/[slug]', { slug: OPEN });
	await sweep(page, '/staff/consultations/[slug]/events/[id]', {
		slug: OPEN,
		id: eventId(OPEN, STAND)
	});
	await sweep(page, '/staff/consultations/[slug]/events/[id]/notes', {
		slug: OPEN,
		id: eventId(OPEN, MEETING)
	});
	await sweep(page, '/staff/consultations/[slug]/areas', { slug: OPEN });
});
