import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { codingOf, InboxPage, insertOpinions, insertTheme, letterTag } from './support/coding';
import { withDatabase } from './support/database';

test('an analyst codes a batch by keyboard alone: j/k, 1/2/3, t for themes, x to exclude', async ({
	analystPage
}) => {
	const tag = letterTag();
	const [first, second, third] = insertOpinions(tag, [
		'Więcej pikników sąsiedzkich na podwórkach',
		'Dom kultury powinien być otwarty dłużej',
		'Kup tanie zegarki, najlepsze ceny'
	]) as [number, number, number];
	const theme = `Pikniki ${tag}`;
	insertTheme(theme);
	const inbox = new InboxPage(analystPage);
	await inbox.open({ q: tag, sort: 'oldest' });
	await expect(analystPage.getByRole('status').filter({ hasText: 'Znaleziono' })).toHaveText(
		'Znaleziono 3 opinie.'
	);
	await expectNoAxeViolations(analystPage);

	await analystPage.keyboard.press('j');
	await expect(inbox.link(first)).toBeFocused();
	await analystPage.keyboard.press('1');
	await expect(inbox.status(first)).toHaveText('Zapisano.');
	await analystPage.keyboard.press('t');
	await analystPage.keyboard.type(tag);
	await analystPage.keyboard.press('Tab');
	await analystPage.keyboard.press('Space');
	await expect(inbox.status(first)).toHaveText('Zapisano.');
	await analystPage.keyboard.press('Escape');

	await analystPage.keyboard.press('j');
	await expect(inbox.link(second)).toBeFocused();
	await analystPage.keyboard.press('2');
	await analystPage.keyboard.press('3');
	await analystPage.keyboard.press('3');
	await analystPage.keyboard.press('2');
	await analystPage.keyboard.press('3');
	await expect(inbox.status(second)).toHaveText('Zapisano.');

	await analystPage.keyboard.press('j');
	await analystPage.keyboard.press('x');
	await expect(inbox.card(third).getByRole('radio', { name: 'spam' })).toBeFocused();
	await analystPage.keyboard.press('Enter');
	await expect(inbox.card(third)).toContainText('Wykluczona: spam');

	await expect
		.poll(() => codingOf(first))
		.toMatchObject({ areas: [1], themes: [theme], status: 'coded' });
	expect(codingOf(second)).toMatchObject({ areas: [3], themes: [], status: 'coded' });
	expect(codingOf(third)).toMatchObject({ status: 'excluded', excluded_reason: 'spam' });
});

test('a later save over another analyst’s change is refused and shows their coding', async ({
	analystPage,
	adminPage
}) => {
	const tag = letterTag();
	const [id] = insertOpinions(tag, ['Ławki przy bibliotece']) as [number];
	const mine = new InboxPage(analystPage);
	const theirs = new InboxPage(adminPage);
	await mine.open({ q: tag });
	await theirs.open({ q: tag });

	await theirs
		.card(id)
		.getByRole('checkbox', { name: /^Budowanie otwartości/ })
		.check();
	await expect(theirs.status(id)).toHaveText('Zapisano.');
	// click, not check: the refusal puts the box back at once, as it should.
	await mine
		.card(id)
		.getByRole('checkbox', { name: /^Rozwijanie aktywności/ })
		.click();

	await expect(mine.status(id)).toContainText('Ktoś inny zmienił tę opinię');
	await expect(
		mine.card(id).getByRole('checkbox', { name: /^Budowanie otwartości/ })
	).toBeChecked();
	await expect(
		mine.card(id).getByRole('checkbox', { name: /^Rozwijanie aktywności/ })
	).not.toBeChecked();
	expect(codingOf(id)).toMatchObject({ areas: [1] });
});

test('a bulk action codes the selected opinions', async ({ analystPage }) => {
	const tag = letterTag();
	const ids = insertOpinions(tag, ['Zieleń na osiedlu', 'Więcej drzew', 'Nowy skwer']);
	const inbox = new InboxPage(analystPage);
	await inbox.open({ q: tag, sort: 'oldest' });

	await analystPage.keyboard.press('j');
	await analystPage.keyboard.press('s');
	await analystPage.keyboard.press('j');
	await analystPage.keyboard.press('s');
	await expect(analystPage.getByText('Zaznaczono 2 opinie.')).toBeVisible();
	await analystPage
		.getByLabel('Działanie dla zaznaczonych')
		.selectOption({ label: '+ 3. Budowanie poczucia przynależności i identyfikacji z miejscem' });
	await analystPage.getByRole('button', { name: 'Zastosuj do zaznaczonych' }).click();

	await expect(analystPage.getByText('Zmieniono 2 opinie.')).toBeVisible();
	expect(ids.map((id) => codingOf(id).areas)).toEqual([[3], [3], []]);
});

test('an analyst splits an opinion into units and codes one of them', async ({ analystPage }) => {
	const tag = letterTag();
	const [id] = insertOpinions(tag, ['Więcej ławek na skwerze. Festyn raz w miesiącu.']) as [number];
	await analystPage.goto(`/staff/consultations/wspolnota-dzialania/opinions/${id}`);
	await analystPage.waitForLoadState('networkidle');
	await expectNoAxeViolations(analystPage);

	await analystPage.getByText('Podziel na części…').click();
	await analystPage
		.getByLabel('Części opinii')
		.fill('Więcej ławek na skwerze.\n\nFestyn raz w miesiącu.');
	await analystPage.getByRole('button', { name: 'Podziel opinię' }).click();

	await expect(analystPage.getByText('Podzielono opinię na 2 części.')).toBeVisible();
	const units = analystPage
		.getByRole('region', { name: 'Części tej opinii' })
		.getByRole('listitem');
	await expect(units).toHaveText([/Więcej ławek na skwerze\.$/, /Festyn raz w miesiącu\.$/]);
	expect(codingOf(id).split_at).not.toBeNull();
	await units.nth(1).getByRole('link').click();
	await analystPage.waitForLoadState('networkidle');
	await analystPage.getByRole('checkbox', { name: /^Rozwijanie aktywności/ }).check();
	await expect(analystPage.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible();
});

test('a filter the inbox does not know is a 400 with a message, not a 500', async ({
	analystPage
}) => {
	const response = await analystPage.goto(
		'/staff/consultations/wspolnota-dzialania/opinions?channel=fax'
	);
	expect(response?.status()).toBe(400);
	await expect(
		analystPage.getByText('Ten adres zawiera filtr, którego nie rozpoznajemy.', { exact: false })
	).toBeVisible();
});

test('a facilitator may not code', async ({ facilitatorPage }) => {
	const response = await facilitatorPage.goto('/staff/consultations/wspolnota-dzialania/opinions');
	expect(response?.status()).toBe(403);
});

test('an analyst merges one theme into another and the opinions keep their coding', async ({
	analystPage
}) => {
	const tag = letterTag();
	const [id] = insertOpinions(tag, ['Pikniki na podwórku']) as [number];
	const from = insertTheme(`Festyny ${tag}`);
	insertTheme(`Pikniki ${tag}`);
	withDatabase((db) =>
		db.prepare('insert into comment_themes (comment_id, theme_id) values (?, ?)').run(id, from)
	);
	await analystPage.goto('/staff/consultations/wspolnota-dzialania/themes');
	await analystPage.waitForLoadState('networkidle');

	const merge = analystPage.locator('details', {
		hasText: `Połącz „Festyny ${tag}” z innym tematem…`
	});
	await merge.getByText(`Połącz „Festyny ${tag}” z innym tematem…`).click();
	await merge.getByLabel('Połącz z tematem').selectOption({ label: `Pikniki ${tag}` });
	await merge.getByRole('button', { name: 'Połącz tematy' }).click();

	await expect(analystPage.getByText('Gotowe. Dotyczy 1 opinii.')).toBeVisible();
	await expect(analystPage.getByText(`połączony z tematem „Pikniki ${tag}”`)).toBeVisible();
	expect(codingOf(id).themes).toEqual([`Pikniki ${tag}`]);
	await expectNoAxeViolations(analystPage);
});
