import { storageStateFor } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { DuplicatesPage, duplicateState, insertOpinions } from './support/duplicates';
import { expect, test } from './support/fixtures';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

test('an analyst marks a copy-paste campaign as duplicates and takes one mark back', async ({
	analystPage: page
}) => {
	const marker = `kampania-${unique()}`;
	const letter = `Domagamy się otwarcia domu kultury na Białołęce (${marker}). Dzielnica rośnie najszybciej w Warszawie, a dzieci i seniorzy nie mają żadnego miejsca na zajęcia. Prosimy o lokal przy Światowida.`;
	const [first, copy, edited] = insertOpinions('wspolnota-dzialania', [
		letter,
		`${letter.toUpperCase()}\n\nPozdrawiam,\nAnna`,
		letter.replace('Prosimy', 'Bardzo prosimy').replace('zajęcia', 'zajęcia i spotkania')
	]) as [number, number, number];
	const duplicates = new DuplicatesPage(page);

	await duplicates.open();
	await expect(duplicates.group(marker).getByRole('heading')).toHaveText(/: 3 opinie$/);
	await expect(duplicates.keep(marker, first)).toBeChecked();
	await expect(duplicates.duplicate(marker, copy)).toBeChecked();
	await expect(duplicates.duplicate(marker, edited)).toBeChecked();
	await expectNoAxeViolations(page);

	await duplicates.markDuplicates(marker);

	await expect(duplicates.status()).toHaveText('Oznaczono 2 opinie jako duplikaty.');
	await expect(
		duplicates.group(marker).getByText(`Oznaczona jako duplikat opinii nr ${first}.`)
	).toHaveCount(2);
	await expect(duplicates.group(marker).getByText('Ta grupa jest rozstrzygnięta.')).toBeVisible();
	expect(duplicateState([first, copy, edited])).toEqual([
		{ id: first, status: 'received', excluded_reason: null, duplicate_of_id: null },
		{ id: copy, status: 'excluded', excluded_reason: 'duplicate', duplicate_of_id: first },
		{ id: edited, status: 'excluded', excluded_reason: 'duplicate', duplicate_of_id: first }
	]);
	await expect(page.getByRole('link', { name: `Opinia nr ${first}` })).toHaveAttribute(
		'href',
		`/staff/consultations/wspolnota-dzialania/opinions/${first}`
	);
	await expectNoAxeViolations(page);

	await duplicates.undo(marker, edited);

	await expect(duplicates.status()).toHaveText(
		`Cofnięto oznaczenie opinii nr ${edited}. Wróciła do opinii do kodowania.`
	);
	await expect(duplicates.duplicate(marker, edited)).toBeVisible();
	expect(duplicateState([edited])).toEqual([
		{ id: edited, status: 'received', excluded_reason: null, duplicate_of_id: null }
	]);
});

test('without JavaScript, keeping an opinion that is also ticked as a duplicate is refused', async ({
	browser
}) => {
	const context = await browser.newContext({
		storageState: storageStateFor('analyst'),
		javaScriptEnabled: false
	});
	const page = await context.newPage();
	const marker = `ogrod-${unique()}`;
	const note = `Sprzeciwiam się wycince drzew w ogrodzie społecznym przy Kondratowicza (${marker}), bo to jedyne zielone miejsce spotkań sąsiadów z Bródna i Targówka.`;
	const [first, second] = insertOpinions('wspolnota-dzialania', [note, `${note}!!`]) as [
		number,
		number
	];
	const duplicates = new DuplicatesPage(page);
	await duplicates.open();

	await duplicates.duplicate(marker, first).check();
	await duplicates.markDuplicates(marker);

	await expect(duplicates.group(marker).getByRole('alert')).toHaveText(
		'Opinia, którą zostawiasz, nie może być jednocześnie duplikatem. Odznacz ją albo zostaw inną.'
	);
	expect(duplicateState([first, second])).toMatchObject([
		{ status: 'received' },
		{ status: 'received' }
	]);
	await context.close();
});
