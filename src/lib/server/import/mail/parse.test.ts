import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPINION_LIMITS } from '$lib/schemas/opinion';
import { parseMail, type MailParse } from './parse';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const sut = async (bytes: Uint8Array) => parseMail(bytes);
const message = (result: MailParse) => {
	if (!result.ok) throw new Error(`expected a message, got ${result.problem}`);
	return result.message;
};

describe('parseMail', () => {
	it('turns an HTML-only mail into text without the quoted reply', async () => {
		const parsed = message(await sut(fixture('html-only.eml')));

		expect(parsed.text).toMatch(/^Dzień dobry,\n\nna skwerze przy Nowolipiu brakuje ławek/);
		expect(parsed.text).toContain('i cienia.');
		expect(parsed.text).not.toContain('Zapraszamy');
		expect(parsed.text).not.toContain('napisał');
		expect(parsed.text).not.toContain('<');
		expect(parsed).toMatchObject({
			messageId: '<html-only-1@example.org>',
			fromAddress: 'anna.nowak@example.org',
			date: '2024-06-04T07:15:00.000Z',
			subject: 'Uwagi do programu Wspólnota',
			attachments: []
		});
	});

	it('decodes ISO-8859-2 quoted-printable and drops the signature and the quote', async () => {
		const parsed = message(await sut(fixture('iso-8859-2-reply.eml')));

		expect(parsed.text).toBe(
			'Chciałbym, żeby w Śródmieściu było więcej miejsc spotkań dla sąsiadów.\n' +
				'Źródło problemu: brak świetlic.'
		);
		expect(parsed.subject).toBe('Re: Konsultacje Śródmieście');
	});

	it('decodes windows-1250 base64 and lists the attachment without its content', async () => {
		const parsed = message(await sut(fixture('windows-1250-base64.eml')));

		expect(parsed.text).toBe('Proszę o zieleń na Żoliborzu — i ścieżki dla rowerów.');
		expect(parsed.subject).toBe('Zieleń i ścieżki');
		expect(parsed.fromAddress).toBe('zofia@example.org');
		expect(parsed.attachments).toEqual([
			{ filename: 'plan skweru.pdf', contentType: 'application/pdf', sizeBytes: 21 }
		]);
	});

	it('uses the subject when nothing of the body is left, and hashes a missing Message-ID', async () => {
		const bytes = fixture('subject-only.eml');
		const parsed = message(await sut(bytes));

		expect(parsed.text).toBe('Więcej koszy na śmieci');
		expect(parsed.date).toBeNull();
		expect(parsed.messageId).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(message(await sut(bytes)).messageId).toBe(parsed.messageId);
	});

	it('refuses a message with nothing of its own and no subject', async () => {
		expect(await sut(fixture('quote-only.eml'))).toEqual({ ok: false, problem: 'empty_text' });
	});

	it('refuses a text longer than a recorded opinion may be', async () => {
		const long = 'ławka '.repeat(OPINION_LIMITS.recordedText / 5);
		const mail = `From: a@example.org\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\n${long}\n`;

		expect(await sut(Buffer.from(mail))).toEqual({ ok: false, problem: 'too_long' });
	});

	it('reads a date it cannot parse as none, not as now', async () => {
		const parsed = message(await sut(Buffer.from('From: a@example.org\nDate: wczoraj\n\nTak.\n')));
		expect(parsed.date).toBeNull();
	});

	it.each([
		['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72])],
		['a PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
		['plain text', Buffer.from('Zakupy: mleko, chleb\n\nto nie jest list\n')],
		['a text starting with a blank line', Buffer.from('\nFrom: a@example.org\n\nTak.\n')],
		['nothing', Buffer.alloc(0)]
	])('says %s is not mail', async (_, bytes) => {
		expect(await sut(bytes)).toEqual({ ok: false, problem: 'not_mail' });
	});

	it('reads a message saved with a byte order mark', async () => {
		const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('html-only.eml')]);
		expect(message(await sut(bytes)).fromAddress).toBe('anna.nowak@example.org');
	});
});
