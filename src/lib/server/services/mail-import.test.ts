import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { countRows, makeConsultation, makeUser, unwrap } from '../testing/factories';
import { importMail, type MailFile } from './mail-import';

const fixture = (name: string): MailFile => ({
	name,
	bytes: readFileSync(new URL(`../import/mail/fixtures/${name}`, import.meta.url))
});
const mail = (id: string, text: string) =>
	`From: Mieszkanka <Mieszkanka@Example.org>\nMessage-ID: <${id}@example.org>\nDate: Tue, 4 Jun 2024 09:15:00 +0200\nSubject: x\n\n${text}\n`;
const mbox = (...messages: string[]): MailFile => ({
	name: 'skrzynka.mbox',
	bytes: Buffer.from(
		messages.map((m) => `From a@example.org Tue Jun  4 09:15:00 2024\n${m}\n`).join('')
	)
});

let db: Database;
let consultationId: number;
let userId: number;
beforeEach(async () => {
	db = await createTestDb();
	consultationId = (await makeConsultation(db, { status: 'open' })).id;
	userId = (await makeUser(db, 'analyst')).id;
});
afterEach(() => db.destroy());

const sut = (...files: MailFile[]) => importMail(db, { consultationId, userId, files });

describe('importMail', () => {
	it('stores each message as an e-mail opinion, the address apart from the text', async () => {
		const result = unwrap(
			await sut(fixture('iso-8859-2-reply.eml'), fixture('windows-1250-base64.eml'))
		);

		expect(result).toMatchObject({ imported: 2, duplicates: 0 });
		const comments = await db.selectFrom('comments').selectAll().orderBy('id').execute();
		expect(comments.map((c) => c.text)).toEqual([
			expect.stringMatching(/^Chciałbym, żeby w Śródmieściu/),
			'Proszę o zieleń na Żoliborzu — i ścieżki dla rowerów.'
		]);
		expect(comments[0]).toMatchObject({
			channel: 'email',
			message_id: '<iso-reply-1@example.org>',
			submitted_at: '2024-06-05T16:30:00.000Z',
			entered_by_user_id: userId,
			import_batch_id: result.batchId,
			receipt_code: null
		});
		expect(comments.every((c) => !c.text.includes('@'))).toBe(true);
		const contacts = await db.selectFrom('comment_contacts').select(['email', 'source']).execute();
		expect(contacts).toEqual([
			{ email: 'jan.kowalski@example.org', source: 'email' },
			{ email: 'zofia@example.org', source: 'email' }
		]);
		const files = await db.selectFrom('comment_attachments').select('filename').execute();
		expect(files).toEqual([{ filename: 'plan skweru.pdf' }]);
	});

	it('records one batch with its files and message count, and an audit entry without addresses', async () => {
		const result = unwrap(
			await sut(fixture('html-only.eml'), mbox(mail('m1', 'A'), mail('m2', 'B')))
		);

		const batch = await db.selectFrom('import_batches').selectAll().executeTakeFirstOrThrow();
		expect(batch).toMatchObject({
			kind: 'email',
			filename: 'html-only.eml, skrzynka.mbox',
			row_count: 3,
			created_by: userId
		});
		const audit = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', '=', 'import.email')
			.executeTakeFirstOrThrow();
		expect(audit.entity_id).toBe(String(result.batchId));
		expect(audit.after_json).not.toContain('@');
	});

	it('skips a message imported before or repeated in the upload, counting it', async () => {
		await sut(fixture('html-only.eml'));

		const again = await sut(fixture('html-only.eml'), mbox(mail('n1', 'Nowa'), mail('n1', 'Nowa')));

		expect(again).toMatchObject({ ok: true, imported: 1, duplicates: 2 });
		expect(await countRows(db, 'comments')).toBe(2);
	});

	it('imports the same message into another consultation', async () => {
		await sut(fixture('html-only.eml'));
		const other = (await makeConsultation(db)).id;

		const result = await importMail(db, {
			consultationId: other,
			userId,
			files: [fixture('html-only.eml')]
		});

		expect(result).toMatchObject({ ok: true, imported: 1 });
	});

	it('stores nothing when one file or one message of an mbox is bad, naming each', async () => {
		const png: MailFile = { name: 'zdjecie.eml', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]) };
		const empty: MailFile = { name: 'pusty.eml', bytes: new Uint8Array() };
		const long = 'x'.repeat(10_001);

		const result = await sut(
			fixture('html-only.eml'),
			png,
			empty,
			mbox(
				mail('ok', 'Dobra'),
				mail('long', long),
				mail('quote', '> tylko cytat').replace('Subject: x\n', '')
			)
		);

		expect(result).toEqual({
			ok: false,
			problems: [
				{ file: 'zdjecie.eml', message: null, code: 'not_mail' },
				{ file: 'pusty.eml', message: null, code: 'empty_file' },
				{ file: 'skrzynka.mbox', message: 2, code: 'too_long' },
				{ file: 'skrzynka.mbox', message: 3, code: 'empty_text' }
			]
		});
		expect(await countRows(db, 'comments')).toBe(0);
		expect(await countRows(db, 'import_batches')).toBe(0);
		expect(await countRows(db, 'comment_contacts')).toBe(0);
	});

	it('stores a message without a sender, with no contact', async () => {
		const result = await sut({
			name: 'a.eml',
			bytes: Buffer.from('Subject: Ławki\n\nWięcej ławek.\n')
		});

		expect(result).toMatchObject({ ok: true, imported: 1 });
		expect(await countRows(db, 'comment_contacts')).toBe(0);
	});
});
