import { createHash } from 'node:crypto';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import * as v from 'valibot';
import { recordedOpinionText } from '$lib/schemas/opinion';
import type { AttachmentFacts } from '../../services/intake';
import { stripReply } from './reply';

export type MailProblem = 'not_mail' | 'empty_text' | 'too_long';

export interface ParsedMessage {
	/** The Message-ID, or a hash of the raw message so that one without an ID de-duplicates too. */
	messageId: string;
	/** Personal data: stored apart from the text, never logged. */
	fromAddress: string | null;
	date: string | null;
	subject: string;
	text: string;
	attachments: AttachmentFacts[];
}

export type MailParse = { ok: true; message: ParsedMessage } | { ok: false; problem: MailProblem };

const MAIL_HEADERS = ['from', 'date', 'message-id', 'subject'];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
// html-to-text writes an inline image as "alt [cid:…]" (meaningless in a text) and &nbsp; as
// U+00A0, which a search for two words would not see as a space.
const CID_REFERENCE = / ?\[cid:[^\]]*\]/g;

const withoutBom = (raw: Uint8Array) =>
	UTF8_BOM.every((byte, i) => raw[i] === byte) ? raw.subarray(UTF8_BOM.length) : raw;

/** A PNG, a PDF or a ZIP renamed .eml has NUL bytes or no header line before its first line break. */
function looksLikeMail(raw: Uint8Array, mail: ParsedMail) {
	if (raw.includes(0)) return false;
	const first = mail.headerLines[0];
	if (first === undefined || first.key === '') return false;
	return MAIL_HEADERS.some((name) => mail.headers.has(name));
}

async function parsed(raw: Uint8Array): Promise<ParsedMail | undefined> {
	try {
		return await simpleParser(Buffer.from(raw), {
			skipTextToHtml: true,
			skipImageLinks: true,
			keepCidLinks: true,
			checksumAlgo: false
		});
	} catch {
		return undefined;
	}
}

/** The Date header as written; mailparser would put the time of parsing for one it cannot read. */
function sentAt(mail: ParsedMail): string | null {
	const line = mail.headerLines.find((header) => header.key === 'date')?.line;
	const time = line === undefined ? NaN : Date.parse(line.slice(line.indexOf(':') + 1).trim());
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function attachmentFacts(attachments: Attachment[]): AttachmentFacts[] {
	return attachments
		.filter((attachment) => !attachment.related)
		.map((attachment, i) => ({
			filename: attachment.filename ?? `attachment-${i + 1}`,
			contentType: attachment.contentType,
			sizeBytes: attachment.size
		}));
}

function opinionText(mail: ParsedMail) {
	const body = (mail.text ?? '').replace(CID_REFERENCE, '').replaceAll('\u00a0', ' ');
	const own = stripReply(body);
	return own === '' ? (mail.subject ?? '') : own;
}

/** One raw message → the facts an opinion keeps, or why it cannot become one. */
export async function parseMail(bytes: Uint8Array): Promise<MailParse> {
	const raw = withoutBom(bytes);
	const mail = await parsed(raw);
	if (!mail || !looksLikeMail(raw, mail)) return { ok: false, problem: 'not_mail' };
	const text = v.safeParse(recordedOpinionText, opinionText(mail));
	if (!text.success) {
		return {
			ok: false,
			problem: text.issues[0].message === 'too_long' ? 'too_long' : 'empty_text'
		};
	}
	const digest = createHash('sha256').update(raw).digest('hex');
	return {
		ok: true,
		message: {
			messageId: mail.messageId?.trim() || `sha256:${digest}`,
			fromAddress: mail.from?.value[0]?.address?.toLowerCase() ?? null,
			date: sentAt(mail),
			subject: mail.subject ?? '',
			text: text.output,
			attachments: attachmentFacts(mail.attachments)
		}
	};
}
