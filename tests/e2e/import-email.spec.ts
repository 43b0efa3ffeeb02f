import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';
import { expect, test } from './support/fixtures';
import { ImportEmailPage, mailFixture, runId, type UploadFile } from './support/import-email';

const slug = 'wspolnota-dzialania';

const storedByMessageId = (messageIds: string[]) =>
	withDatabase((db) =>
		db
			.prepare(
				`select c.text, c.channel, cc.email from comments c
				 left join comment_contacts cc on cc.comment_id = c.id
				 where c.message_id in (${messageIds.map(() => '?').join(', ')}) order by c.message_id`
			)
			.all(...messageIds)
	);

test('an analyst imports two e-mails, and the same file again adds nothing', async ({
	analystPage
}) => {
	const run = runId();
	const importer = new ImportEmailPage(analystPage);
	await importer.goto(slug);
	await expectNoAxeViolations(analystPage);

	await importer.upload(
		mailFixture('html-only.eml', run),
		mailFixture('iso-8859-2-reply.eml', run)
	);

	await importer.expectSummary(/Zaimportowano 2 wiadomości\.\s*Zobacz listę importów/);
	expect(storedByMessageId([`<html-${run}@example.org>`, `<iso-${run}@example.org>`])).toEqual([
		{
			channel: 'email',
			email: 'anna.nowak@example.org',
			text: `Na skwerze przy Nowolipiu brakuje ławek i cienia (${run}).`
		},
		{
			channel: 'email',
			email: 'jan.kowalski@example.org',
			text: `Chciałbym, żeby w Śródmieściu było więcej miejsc spotkań dla sąsiadów (${run}).`
		}
	]);

	await importer.upload(mailFixture('html-only.eml', run));

	await importer.expectSummary(
		/Zaimportowano 0 wiadomości\.\s+1 była już zaimportowana wcześniej\./
	);
	await analystPage.getByRole('link', { name: 'Zobacz listę importów' }).click();
	await expect(analystPage.getByRole('heading', { level: 1 })).toHaveText('Import opinii');
});

test('a file that is not mail is refused and nothing of the upload is stored', async ({
	analystPage
}) => {
	const run = runId();
	const png: UploadFile = {
		name: 'zdjecie.eml',
		mimeType: 'message/rfc822',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
	};
	const importer = new ImportEmailPage(analystPage);
	await importer.goto(slug);

	await importer.upload(mailFixture('html-only.eml', run), png);

	await importer.expectProblems(
		'zdjecie.eml: to nie jest wiadomość e-mail (.eml) ani archiwum .mbox.'
	);
	expect(storedByMessageId([`<html-${run}@example.org>`])).toEqual([]);
	await expectNoAxeViolations(analystPage);
});

test('an upload over 20 MB is refused', async ({ analystPage }) => {
	const importer = new ImportEmailPage(analystPage);
	await importer.goto(slug);

	await importer.upload({
		name: 'duze.mbox',
		mimeType: 'application/mbox',
		buffer: Buffer.alloc(21 * 1024 * 1024, 'a')
	});

	await expect(analystPage.getByText('Można przesłać najwyżej 20 MB.')).toBeVisible();
});

test('a facilitator may not import', async ({ facilitatorPage }) => {
	const response = await facilitatorPage.goto(`/staff/consultations/${slug}/import/email`);
	expect(response?.status()).toBe(403);
});
