import { expect, test } from './support/fixtures';
import { accounts, storageStateFor } from './support/accounts';
import { AGREEMENT_BASE, AgreementPages, finalAreaCodes, uniqueTag } from './support/agreement';
import { expectNoAxeViolations } from './support/axe';

const admin = accounts.admin.displayName;
const analyst = accounts.analyst.displayName;

test('two analysts double-code a sample blind, see κ and the disagreement, and settle it', async ({
	adminPage,
	analystPage,
	facilitatorPage,
	browser
}) => {
	const lead = new AgreementPages(adminPage);
	const name = `Próba ${uniqueTag()}`;
	const report = await lead.createSample(name, 3, [admin, analyst]);
	await expect(adminPage.getByText('potrzebne są kodowania dwóch osób')).toBeVisible();
	await expectNoAxeViolations(adminPage);

	// The admin codes with the mouse, in a browser that runs no scripts (axe needs them: later).
	const plain = await browser.newContext({
		storageState: storageStateFor('admin'),
		javaScriptEnabled: false
	});
	const noScriptPage = await plain.newPage();
	const first = new AgreementPages(noScriptPage);
	await first.openCoding(report, { scripted: false });
	await expect(noScriptPage.getByText('Do zakodowania: 3 z 3')).toBeVisible();
	const items: number[] = [];
	const mouseCodings: { areas: number[]; theme?: string }[] = [
		{ areas: [1] },
		{ areas: [2] },
		{ areas: [1], theme: 'Bezpieczeństwo' }
	];
	for (const coding of mouseCodings) {
		const id = await first.currentOpinion();
		items.push(id);
		for (const code of coding.areas) await first.area(code).check();
		if (coding.theme) await first.theme(coding.theme).check();
		await first.saveAndNext.click();
		await first.expectSaved(id);
	}
	await expect(noScriptPage.getByText('Zakodowano wszystkie opinie tej próby.')).toBeVisible();
	await plain.close();

	// The analyst sees the same opinions, none of the admin's codes, and codes by keyboard.
	const second = new AgreementPages(analystPage);
	await second.openCoding(report);
	await expectNoAxeViolations(analystPage);
	const keys: { keys: string[]; theme?: string }[] = [
		{ keys: ['1'] },
		{ keys: ['2', '3'] },
		{ keys: ['1'], theme: 'Bezpieczeństwo' }
	];
	for (const [i, coding] of keys.entries()) {
		expect(await second.currentOpinion()).toBe(items[i]);
		await expect(analystPage.getByRole('checkbox', { checked: true })).toHaveCount(0);
		for (const key of coding.keys) await analystPage.keyboard.press(key);
		for (const key of coding.keys) await expect(second.area(Number(key))).toBeChecked();
		if (coding.theme) {
			await second.theme(coding.theme).focus();
			await analystPage.keyboard.press('Space');
			await expect(second.theme(coding.theme)).toBeChecked();
		}
		await second.saveAndNext.focus();
		await analystPage.keyboard.press('Enter');
		await second.expectSaved(items[i]!);
	}

	// Area 1 and 2: the same decisions (κ 1). Area 3: only the analyst, once: κ 0.
	await adminPage.goto(report);
	await expect(
		adminPage.getByText('κ obliczono na 3 opiniach zakodowanych przez obie osoby')
	).toBeVisible();
	const area1 = lead.kappaRow('Zgodność dla obszarów', '1\\. ');
	await expect(area1).toContainText('1,00');
	await expect(area1).toContainText('niemal pełna');
	const area3 = lead.kappaRow('Zgodność dla obszarów', '3\\. ');
	await expect(area3).toContainText('0,00');
	await expect(area3).toContainText('nieznaczna');
	await expect(area3).toContainText('66,7%');
	await expect(lead.kappaRow('Zgodność dla tematów', 'Bezpieczeństwo')).toContainText('1,00');
	await expect(adminPage.getByText(/^Pominięto \d+ tematów/)).toBeVisible();
	await expect(adminPage.getByText('1 rozbieżność')).toBeVisible();
	await expect(adminPage.getByRole('heading', { name: `Opinia nr ${items[1]}` })).toBeVisible();
	await expectNoAxeViolations(adminPage);

	await adminPage.getByRole('link', { name: 'Rozstrzygnij rozbieżności' }).click();
	await adminPage.waitForLoadState('networkidle');
	await expectNoAxeViolations(adminPage);
	const disagreement = adminPage.getByRole('region', { name: `Opinia nr ${items[1]}` });
	await disagreement.getByRole('button', { name: `Przyjmij kodowanie: ${analyst}` }).click();
	await expect(adminPage.getByRole('status')).toHaveText(
		`Zapisano ostateczne kodowanie opinii nr ${items[1]}.`
	);
	await expect(disagreement).toContainText(`Rozstrzygnięte: ${admin}`);
	expect(finalAreaCodes(items[1]!)).toEqual([2, 3]);

	// Someone without the coding right, and a sample of no consultation.
	const forbidden = await facilitatorPage.goto(`${report}/code`);
	expect(forbidden?.status()).toBe(403);
	const missing = await adminPage.goto(`${AGREEMENT_BASE}/999999`);
	expect(missing?.status()).toBe(404);
	await expect(adminPage.getByText('Nie ma takiej próby w tej konsultacji.')).toBeVisible();
});
