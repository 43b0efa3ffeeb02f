import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
	codeDemoOpinions,
	DEMO_SLUG,
	expectReceiptShows,
	ResponsesPage
} from './support/responses';

const JUSTIFICATION = 'Miasto nie buduje nowych domów kultury; rozwija program MAL w istniejących.';

test('a theme-level response reaches every opinion of the theme and the receipt lookup', async ({
	analystPage,
	page
}) => {
	const { receiptCode, reach } = codeDemoOpinions('Miejsca spotkań', 4);
	const responses = new ResponsesPage(analystPage);
	await responses.goto();
	await expect(responses.fact('Miejsca spotkań', 'Stanowisko tematu')).toHaveText('nie ustalono');

	await responses.fill('Miejsca spotkań', {
		status: 'Nieuwzględniona',
		justification: JUSTIFICATION
	});
	await responses.apply('Miejsca spotkań');

	await expect(responses.notice).toContainText('Zapisano stanowisko tematu „Miejsca spotkań”.');
	await expect(analystPage.getByTestId('applied-count')).toHaveText(
		`Zastosowano do ${reach} uwag.`
	);
	await expect(responses.fact('Miejsca spotkań', 'Stanowisko tematu')).toHaveText(
		'Nieuwzględniona'
	);
	await expect(responses.fact('Miejsca spotkań', 'Mają stanowisko tematu')).toHaveText(
		String(reach)
	);
	await expectNoAxeViolations(analystPage);

	await expectReceiptShows(page, receiptCode, ['Nieuwzględniona', JUSTIFICATION]);
});

test('a response other than „Uwzględniona” needs a justification', async ({ analystPage }) => {
	const responses = new ResponsesPage(analystPage);
	await responses.goto();

	await responses.fill('Wolontariat i pomoc sąsiedzka', {
		status: 'Wyjaśnienie',
		justification: ''
	});
	await responses.apply('Wolontariat i pomoc sąsiedzka');

	const field = responses.theme('Wolontariat i pomoc sąsiedzka').getByLabel('Uzasadnienie');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(/Podaj uzasadnienie/);
	await expect(responses.fact('Wolontariat i pomoc sąsiedzka', 'Stanowisko tematu')).toHaveText(
		'nie ustalono'
	);
	await expectNoAxeViolations(analystPage);
});

test('only the coding roles see the responses', async ({ facilitatorPage }) => {
	const response = await facilitatorPage.goto(`/staff/consultations/${DEMO_SLUG}/responses`);
	expect(response?.status()).toBe(403);
});
