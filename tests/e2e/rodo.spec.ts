import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { RedactionPage, RodoPage, insertOnlineOpinion, storedOpinion } from './support/rodo';

const TEXT = 'Ławki przy Marszałkowskiej 10 — pisze Anna Kowalska, tel. 600 700 800.';
const REDACTED = 'Ławki przy [adres] — pisze [imię i nazwisko], tel. [telefon].';

test('an admin finds, exports and erases what an e-mail address left', async ({ adminPage }) => {
	const email = `rodo-${Date.now()}@example.org`;
	const { id } = insertOnlineOpinion(TEXT, email);
	const rodo = new RodoPage(adminPage);
	await rodo.goto();
	await expect(adminPage.getByRole('link', { name: 'Dane osobowe' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expectNoAxeViolations(adminPage);

	await rodo.find(`  ${email.toUpperCase()} `);

	await expect(
		adminPage.getByText('Znaleziono 1 opinię powiązaną z tym identyfikatorem.')
	).toBeVisible();
	await expect(rodo.results).toContainText(TEXT);
	await expect(rodo.results).toContainText(email);
	await expectNoAxeViolations(adminPage);

	const file = await rodo.download();
	expect(file.name).toMatch(/^dane-osobowe-\d{4}-\d{2}-\d{2}\.json$/);
	expect(file.json.identifier).toEqual({ kind: 'email', value: email });
	expect(file.json.opinions).toEqual([
		expect.objectContaining({
			text: TEXT,
			channel: 'online',
			consultation: 'Program Wspólnota — jakie działania w Twojej okolicy?',
			contact: expect.objectContaining({ email, source: 'form' })
		})
	]);

	await rodo.askToErase();
	expect(storedOpinion(id).email).toBe(email);
	await expectNoAxeViolations(adminPage);
	await rodo.confirmErasure();

	await expect(adminPage.getByText('Usunięto dane osobowe z 1 opinii.')).toBeVisible();
	await expect(adminPage.getByTestId('kept-opinions')).toContainText(REDACTED);
	expect(storedOpinion(id)).toMatchObject({ text: REDACTED, email: null });
	expect(storedOpinion(id).erased_at).not.toBeNull();

	await rodo.goto();
	const log = adminPage.getByTestId('rodo-requests');
	await expect(log).toContainText('usunięcie danych');
	await expect(log).toContainText('pobranie danych');
	await expect(log).not.toContainText(email);
});

test('an analyst may not handle personal-data requests', async ({ analystPage }) => {
	const response = await analystPage.goto('/staff/rodo');

	expect(response?.status()).toBe(403);
	await expect(analystPage.getByRole('link', { name: 'Dane osobowe' })).toHaveCount(0);
	const forged = await analystPage.request.post('/staff/rodo/export', {
		form: { identifier: 'anna@example.org' },
		headers: { origin: new URL(analystPage.url()).origin }
	});
	expect(forged.status()).toBe(403);
});

test('an analyst corrects an automatic redaction and the receipt shows it', async ({
	analystPage
}) => {
	const { id, receipt } = insertOnlineOpinion(TEXT, null);
	const redaction = new RedactionPage(analystPage);
	await redaction.goto(id);

	const original = analystPage.getByTestId('original');
	await expect(original.locator('mark')).toHaveText([
		'Marszałkowskiej 10',
		'Anna Kowalska',
		'600 700 800'
	]);
	await expect(original).toContainText('Marszałkowskiej 10[adres]');
	await expect(analystPage.getByTestId('automatic')).toHaveText(REDACTED);
	await expect(redaction.publicText).toHaveValue(REDACTED);
	await expect(redaction.state).toHaveText('Teraz publicznie widać anonimizację automatyczną.');
	await expectNoAxeViolations(analystPage);

	await redaction.save('  ');
	await expect(analystPage.locator('.error-summary')).toContainText('Tekst publiczny');
	await expect(redaction.publicText).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(analystPage);

	const corrected = 'Ławki przy Marszałkowskiej — pisze [imię i nazwisko], tel. [telefon].';
	await redaction.save(corrected);
	await expect(analystPage.getByText('Zapisano tekst publiczny.')).toBeVisible();
	await expect(redaction.state).toHaveText('Teraz publicznie widać tekst poprawiony ręcznie.');
	expect(storedOpinion(id)).toMatchObject({ text: TEXT, redacted_text: corrected });

	await analystPage.goto(`/status?code=${receipt}`);
	await expect(analystPage.getByText(corrected)).toBeVisible();
	await expect(analystPage.getByText('Anna Kowalska')).toHaveCount(0);

	await redaction.goto(id);
	await redaction.resetToAutomatic();
	await expect(redaction.state).toHaveText('Teraz publicznie widać anonimizację automatyczną.');
	expect(storedOpinion(id).redacted_text).toBeNull();
});

test('without JavaScript an empty public text is refused with 400 and nothing saved', async ({
	analystPage
}) => {
	const { id } = insertOnlineOpinion(TEXT, null);
	const redaction = new RedactionPage(analystPage);
	await redaction.goto(id);

	const response = await analystPage.request.post(`${analystPage.url()}?/save`, {
		form: { redacted_text: '   ' },
		// What a browser without JavaScript sends; anything else gets the enhanced JSON answer.
		headers: { origin: new URL(analystPage.url()).origin, accept: 'text/html' }
	});

	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('To pole jest wymagane.');
	expect(storedOpinion(id).redacted_text).toBeNull();
});
