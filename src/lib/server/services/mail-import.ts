import { isMbox, splitMbox } from '../import/mail/mbox';
import { parseMail, type MailProblem, type ParsedMessage } from '../import/mail/parse';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import { insertImportBatch, setImportBatchRowCount } from '../repositories/imports';
import { storedMessageIds } from '../repositories/mail-messages';
import { storeOpinion } from './intake';

export interface MailFile {
	name: string;
	bytes: Uint8Array;
}

export interface MailImportProblem {
	file: string;
	/** The message's position in an mbox, from 1; null for a single .eml. */
	message: number | null;
	code: MailProblem | 'empty_file';
}

export type MailImport =
	| { ok: false; problems: MailImportProblem[] }
	| { ok: true; imported: number; duplicates: number; batchId: number };

const MAX_BATCH_NAME = 200;

/** Every message of every file, parsed, or every reason why not: an upload is stored whole or not at all. */
async function readAll(files: readonly MailFile[]) {
	const messages: ParsedMessage[] = [];
	const problems: MailImportProblem[] = [];
	for (const file of files) {
		if (Buffer.from(file.bytes).toString('latin1').trim() === '') {
			problems.push({ file: file.name, message: null, code: 'empty_file' });
			continue;
		}
		const mbox = isMbox(file.bytes);
		const raws = mbox ? splitMbox(file.bytes) : [file.bytes];
		if (raws.length === 0) problems.push({ file: file.name, message: null, code: 'not_mail' });
		for (const [i, raw] of raws.entries()) {
			const parsed = await parseMail(raw);
			if (parsed.ok) messages.push(parsed.message);
			else problems.push({ file: file.name, message: mbox ? i + 1 : null, code: parsed.problem });
		}
	}
	return { messages, problems };
}

function batchName(files: readonly MailFile[]) {
	const joined = files.map((file) => file.name).join(', ');
	if (joined.length <= MAX_BATCH_NAME) return joined;
	const [first] = files;
	return `${first?.name.slice(0, MAX_BATCH_NAME)} (+${files.length - 1})`;
}

/**
 * Each message becomes an opinion on the e-mail channel; the sender's address goes to the
 * contacts table only. A Message-ID seen before in this consultation, or twice in the upload,
 * is counted as a duplicate and skipped.
 */
export async function importMail(
	db: Database,
	input: { consultationId: number; userId: number; files: readonly MailFile[] }
): Promise<MailImport> {
	const { messages, problems } = await readAll(input.files);
	if (problems.length > 0) return { ok: false, problems };
	return inTransaction(db, async (tx) => {
		const seen = await storedMessageIds(
			tx,
			input.consultationId,
			messages.map((message) => message.messageId)
		);
		const batchId = await insertImportBatch(tx, {
			consultation_id: input.consultationId,
			kind: 'email',
			filename: batchName(input.files),
			created_by: input.userId
		});
		const receivedAt = new Date().toISOString();
		let imported = 0;
		for (const message of messages) {
			if (seen.has(message.messageId)) continue;
			seen.add(message.messageId);
			await storeOpinion(tx, {
				comment: {
					uuid: crypto.randomUUID(),
					consultation_id: input.consultationId,
					channel: 'email',
					text: message.text,
					message_id: message.messageId,
					submitted_at: message.date,
					received_at: receivedAt,
					entered_by_user_id: input.userId,
					import_batch_id: batchId
				},
				contact: message.fromAddress
					? { email: message.fromAddress, source: 'email', consentAt: null }
					: undefined,
				attachments: message.attachments
			});
			imported++;
		}
		await setImportBatchRowCount(tx, batchId, messages.length);
		const duplicates = messages.length - imported;
		await recordAudit(tx, {
			actorUserId: input.userId,
			action: 'import.email',
			entity: 'import_batch',
			entityId: batchId,
			after: { files: input.files.length, messages: messages.length, imported, duplicates }
		});
		return { ok: true, imported, duplicates, batchId };
	});
}
