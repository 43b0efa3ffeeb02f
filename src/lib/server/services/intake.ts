import { fillRandom, generateReceiptCode, type FillRandom } from '$lib/domain/receipt';
import type { Database } from '../db/connect';
import type { NewComment } from '../db/types';
import {
	insertAttachments,
	insertCommentUnlessStored,
	insertContact,
	insertDeclaredAreas,
	receiptCodeOwner,
	type AttachmentFacts
} from '../repositories/comments';

/** One opinion from any channel, with what travels beside its text. */
export interface Intake {
	comment: NewComment;
	areaIds?: readonly number[];
	contact?: { email: string; source: 'form' | 'email'; consentAt: string | null };
	attachments?: readonly AttachmentFacts[];
}

/**
 * Every channel stores an opinion here, so that all of them land in one corpus with their
 * provenance. The comment's UUID is the idempotency key: a replay returns undefined.
 */
export async function storeOpinion(db: Database, intake: Intake): Promise<number | undefined> {
	const id = await insertCommentUnlessStored(db, intake.comment);
	if (id === undefined) return undefined;
	await insertDeclaredAreas(db, id, [...(intake.areaIds ?? [])]);
	if (intake.contact) await insertContact(db, { commentId: id, ...intake.contact });
	await insertAttachments(db, id, intake.attachments ?? []);
	return id;
}

/** A receipt code no stored opinion holds yet; 40 bits make a second draw all but unheard of. */
export async function drawReceiptCode(db: Database, random: FillRandom = fillRandom) {
	for (;;) {
		const code = generateReceiptCode(random);
		if ((await receiptCodeOwner(db, code)) === undefined) return code;
	}
}
