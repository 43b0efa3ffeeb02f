import { expect, test } from './support/fixtures';
import { accounts, storageStateFor } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import { MEETING, NotesPage, storedNotes, uniqueTag } from './support/notes';

test('a facilitator pastes a table’s notes, merges two, tags a speaker and saves with Ctrl+Enter', async ({
	facilitatorPage
}) => {
	const notes = new NotesPage(facilitatorPage);
	const tag = uniqueTag();
	await notes.open();
	await notes.table.selectOption({ label: MEETING.tables[0] });
	await notes.raw.fill(
		[
			`- Świetlica ${tag} dla seniorów`,
			'  otwarta także w weekendy',
			`• Ławki ${tag} przy Nowolipiu`,
			`2. Potańcówki ${tag} na podwórku,`,
			'bo wtedy sąsiedzi się poznają'
		].join('\r\n')
	);
	await notes.preview();

	await expect(notes.status).toHaveText('4 uwagi do zapisania');
	await expect(notes.noteText(1)).toHaveValue(
		`Świetlica ${tag} dla seniorów otwarta także w weekendy`
	);
	await expect(notes.noteText(2)).toHaveValue(`Ławki ${tag} przy Nowolipiu`);
	await expect(notes.note(1).getByLabel('Obszar').locator('option:checked')).toHaveText(/^1\. /);
	await notes.note(3).getByRole('button', { name: 'Połącz uwagę 3 z następną' }).click();
	await expect(notes.status).toHaveText('3 uwagi do zapisania');
	await expect(notes.noteText(3)).toHaveValue(
		`Potańcówki ${tag} na podwórku, bo wtedy sąsiedzi się poznają`
	);
	await notes.note(1).getByLabel('Kto mówi').selectOption({ label: 'Organizacja pozarządowa' });
	await notes.noteText(3).press('ControlOrMeta+Enter');

	await expect(notes.status).toHaveText('Zapisano 3 uwagi.');
	await expect(notes.page.getByRole('group', { name: /^Uwaga 1 z/ })).toHaveCount(0);
	await expect(notes.saved(`Ławki ${tag}`)).toBeVisible();
	expect(storedNotes(tag)).toEqual([
		expect.objectContaining({
			text: `Świetlica ${tag} dla seniorów otwarta także w weekendy`,
			channel: 'meeting',
			table: MEETING.tables[0],
			speaker_kind: 'ngo',
			area_code: 1,
			author: accounts.facilitator.email
		}),
		expect.objectContaining({ text: `Ławki ${tag} przy Nowolipiu`, speaker_kind: null }),
		expect.objectContaining({
			text: `Potańcówki ${tag} na podwórku, bo wtedy sąsiedzi się poznają`
		})
	]);
});

test('the draft survives a reload and is cleared only by a successful save', async ({
	facilitatorPage
}) => {
	const notes = new NotesPage(facilitatorPage);
	const tag = uniqueTag();
	await notes.open();
	await notes.table.selectOption({ label: MEETING.tables[1] });
	await notes.raw.fill(`Wolontariat ${tag} sąsiedzki\nGiełda ${tag} rzeczy`);
	await notes.preview();
	await notes.noteText(2).press('End');
	await notes.noteText(2).press('Enter');
	await expect(notes.noteText(3)).toBeFocused();
	await notes.page.keyboard.type(`Kawiarenka ${tag} w bibliotece`);
	await notes.raw.fill(`Jeszcze ${tag} niepodzielony wiersz`);

	await notes.page.reload();
	await notes.ready();

	await expect(notes.page.getByText('Przywrócono niezapisany szkic.').first()).toBeVisible();
	await expect(notes.table.locator('option:checked')).toHaveText(MEETING.tables[1]);
	await expect(notes.noteText(3)).toHaveValue(`Kawiarenka ${tag} w bibliotece`);
	await expect(notes.raw).toHaveValue(`Jeszcze ${tag} niepodzielony wiersz`);
	await notes.raw.press('Control+Enter');
	await expect(notes.status).toHaveText('Zapisano 4 uwagi.');
	expect(storedNotes(tag).map((n) => n.table)).toEqual(Array(4).fill(MEETING.tables[1]));

	await notes.page.reload();
	await notes.ready();
	await expect(notes.page.getByText('Przywrócono niezapisany szkic.')).toHaveCount(0);
	await expect(notes.saved(`Kawiarenka ${tag}`)).toBeVisible();
});

test('a save refused for bad input, or lost on the way, keeps the draft', async ({
	facilitatorPage
}) => {
	const notes = new NotesPage(facilitatorPage);
	const tag = uniqueTag();
	await notes.open();
	await notes.raw.fill(`${'Bardzo długo. '.repeat(800)}\nKrótko ${tag}`);
	await notes.preview();
	await notes.save();

	const summary = notes.page.getByRole('alert');
	await expect(summary).toContainText('Nie zapisano uwag: popraw zaznaczone pola.');
	await expect(summary).toContainText('Uwaga 1, Treść: Maksymalnie 10 000 znaków.');
	await expect(notes.noteText(1)).toHaveAttribute('aria-invalid', 'true');
	expect(storedNotes(tag)).toEqual([]);
	await notes.page.reload();
	await notes.ready();
	await expect(notes.noteText(2)).toHaveValue(`Krótko ${tag}`);

	await notes.note(1).getByRole('button', { name: 'Usuń uwagę 1 z listy' }).click();
	const saving = (url: URL) => url.search === '?/save';
	await notes.page.route(saving, (route) => route.abort('internetdisconnected'));
	await notes.save();
	await expect(notes.page.getByRole('alert')).toContainText('Nie udało się zapisać uwag');
	await expect(notes.noteText(1)).toHaveValue(`Krótko ${tag}`);
	await notes.page.unroute(saving);
	await notes.save();
	await expect(notes.status).toHaveText('Zapisano 1 uwagę.');
	expect(storedNotes(tag)).toHaveLength(1);
});

test('a facilitator edits and deletes an own note; a note in analysis stays as it is', async ({
	facilitatorPage
}) => {
	const notes = new NotesPage(facilitatorPage);
	const tag = uniqueTag();
	await notes.open();
	await notes.raw.fill(`Do poprawy ${tag}\nDo usunięcia ${tag}\nW analizie ${tag}`);
	await notes.preview();
	await notes.save();
	await expect(notes.status).toHaveText('Zapisano 3 uwagi.');
	const [, , inAnalysis] = storedNotes(tag);
	withDatabase((db) =>
		db.prepare(`update comments set status = 'coded' where id = ?`).run(inAnalysis?.id)
	);
	await notes.page.reload();
	await notes.ready();

	const edited = notes.saved(`Do poprawy ${tag}`);
	await edited.getByText(/^Edytuj uwagę \d+$/).click();
	await edited.getByLabel('Treść').fill(`Poprawione ${tag}`);
	await edited.getByLabel('Kto mówi').selectOption({ label: 'Instytucja' });
	await edited.getByRole('button', { name: 'Zapisz zmiany' }).click();
	await expect(notes.page.getByText('Zapisano zmiany w uwadze.')).toBeVisible();
	await expect(notes.saved(`Poprawione ${tag}`)).toContainText('Instytucja');

	notes.page.once('dialog', (dialog) => void dialog.accept());
	await notes
		.saved(`Do usunięcia ${tag}`)
		.getByRole('button', { name: /^Usuń uwagę/ })
		.click();
	await expect(notes.page.getByText('Usunięto uwagę.')).toBeVisible();
	await expect(notes.saved(`Do usunięcia ${tag}`)).toHaveCount(0);

	const locked = notes.saved(`W analizie ${tag}`);
	await expect(locked).toContainText('w analizie, bez zmian');
	await expect(locked.getByRole('button')).toHaveCount(0);
	const refused = await notes.page.request.post(`${notes.page.url()}?/updateNote`, {
		form: { note_id: String(inAnalysis?.id), text: 'Zmiana po czasie' },
		// A plain form post, as a browser without JavaScript sends it.
		headers: { origin: new URL(notes.page.url()).origin, accept: 'text/html' }
	});
	expect(refused.status()).toBe(409);
	expect(await refused.text()).toContain('rozpoczęła się jej analiza');
	expect(storedNotes(tag).map((n) => n.text)).toEqual([`Poprawione ${tag}`, `W analizie ${tag}`]);
});

test('the notes page has no WCAG 2.1 AA violations', async ({ facilitatorPage }) => {
	const notes = new NotesPage(facilitatorPage);
	await notes.open();
	await expectNoAxeViolations(notes.page);
	await notes.raw.fill(`Dostępność ${uniqueTag()}\nDruga uwaga`);
	await notes.preview();
	await expect(notes.note(2)).toBeVisible();
	await expectNoAxeViolations(notes.page);
});

test('without JavaScript the server splits the text and saves the notes', async ({ browser }) => {
	const context = await browser.newContext({
		storageState: storageStateFor('facilitator'),
		javaScriptEnabled: false
	});
	const notes = new NotesPage(await context.newPage());
	const tag = uniqueTag();
	await notes.open();
	await notes.table.selectOption({ label: MEETING.tables[2] });
	await notes.raw.fill(
		`1. Mural ${tag} na podwórku\n2) Historia ${tag} kamienicy\n   spisana przez sąsiadów`
	);
	await notes.preview();

	await expect(notes.noteText(2)).toHaveValue(`Historia ${tag} kamienicy spisana przez sąsiadów`);
	await expect(notes.note(1).getByRole('button')).toHaveCount(0);
	await expect(notes.raw).toHaveValue('');
	await notes.raw.fill(`Ławka ${tag} pod kasztanem`);
	await notes.preview();
	await expect(notes.noteText(3)).toHaveValue(`Ławka ${tag} pod kasztanem`);
	await notes.noteText(3).fill('');
	await notes.note(2).getByLabel('Kto mówi').selectOption({ label: 'Instytucja' });
	await notes.save();

	await expect(notes.status).toHaveText('Zapisano 2 uwagi.');
	expect(storedNotes(tag)).toEqual([
		expect.objectContaining({ table: MEETING.tables[2], area_code: 3, speaker_kind: null }),
		expect.objectContaining({ table: MEETING.tables[2], speaker_kind: 'institution' })
	]);
	await context.close();
});

test('the meeting record and a new table are saved, and the event page sums them up', async ({
	facilitatorPage
}) => {
	const notes = new NotesPage(facilitatorPage);
	const tableName = `Stolik ${uniqueTag()} – dzieci i młodzież`;
	await notes.open();
	await notes.page.getByText('Dodaj stolik do spotkania').click();
	await notes.page.getByLabel('Nazwa stolika').fill(tableName);
	await notes.page.getByRole('button', { name: 'Dodaj stolik' }).click();
	await expect(notes.table.getByRole('option', { name: tableName })).toBeAttached();

	const record = notes.page.getByRole('region', { name: 'Przebieg spotkania' });
	await record.getByLabel('Liczba uczestników spotkania').fill('42');
	await record.getByLabel(MEETING.tables[0]).fill('15');
	await record.getByLabel('Sprawozdanie ze spotkania').fill('Prezentacja programu, potem stoliki.');
	await record.getByLabel('Tłumacz lub tłumaczka PJM').check();
	await record.getByRole('button', { name: 'Zapisz przebieg spotkania' }).click();
	await expect(record.getByRole('status')).toBeVisible();
	await record.getByLabel('Liczba uczestników spotkania').fill('-3');
	await record.getByRole('button', { name: 'Zapisz przebieg spotkania' }).click();
	await expect(record.getByLabel('Liczba uczestników spotkania')).toHaveAttribute(
		'aria-invalid',
		'true'
	);

	await notes.page.getByRole('link', { name: MEETING.title }).click();
	const summary = notes.page.getByRole('region', { name: 'Notatki i przebieg spotkania' });
	await expect(summary).toContainText('Prezentacja programu, potem stoliki.');
	await expect(summary).toContainText('Tłumacz lub tłumaczka PJM');
	await expect(notes.page.getByText(tableName)).toBeVisible();
});

test('notes are kept for meetings only, under their own consultation, by note-takers', async ({
	facilitatorPage,
	analystPage
}) => {
	// The 2018 consultation has a meeting of the same title: ask within the open one.
	const eventId = (title: string) =>
		withDatabase(
			(db) =>
				(
					db
						.prepare(
							`select e.id from events e join consultations c on c.id = e.consultation_id
							where c.slug = ? and e.title = ?`
						)
						.get(MEETING.slug, title) as { id: number }
				).id
		);
	const meeting = eventId(MEETING.title);
	const stand = eventId('Dzień Sąsiada na Skwerze Nowolipki');
	const notesOf = (slug: string, id: number) => `/staff/consultations/${slug}/events/${id}/notes`;

	expect((await facilitatorPage.goto(notesOf(MEETING.slug, stand)))?.status()).toBe(404);
	expect((await facilitatorPage.goto(notesOf('program-wspolnota-2018', meeting)))?.status()).toBe(
		404
	);
	expect((await analystPage.goto(notesOf(MEETING.slug, meeting)))?.status()).toBe(403);
	await analystPage.goto(`/staff/consultations/${MEETING.slug}/events/${meeting}`);
	await expect(analystPage.getByRole('link', { name: 'Notatki ze spotkania' })).toHaveCount(0);
});
