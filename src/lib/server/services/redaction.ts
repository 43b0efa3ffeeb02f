import { detectPersonalData, redact, type PiiKind } from '$lib/domain/pii';
import { m } from '$lib/paraglide/messages';
import { OPINION_LIMITS } from '$lib/schemas/opinion';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import { findOpinionRedaction, updateRedaction } from '../repositories/redaction';
import { rejected, type Saved } from './result';

const LABELS: Record<PiiKind, () => string> = {
	email: () => m.pii_email({}, { locale: 'pl' }),
	phone: () => m.pii_phone({}, { locale: 'pl' }),
	pesel: () => m.pii_pesel({}, { locale: 'pl' }),
	address: () => m.pii_address({}, { locale: 'pl' }),
	name: () => m.pii_name({}, { locale: 'pl' })
};

/** Public outputs are Polish documents: the labels stay Polish whoever is reading. */
export const publicLabel = (kind: PiiKind): string => LABELS[kind]();

export const automaticRedaction = (text: string): string => redact(text, publicLabel);

export interface RedactableRow {
	text: string;
	redacted_text: string | null;
	erased_at: string | null;
}

/**
 * What anyone outside the office may read of an opinion: an analyst's hand-corrected redaction
 * if there is one, else the automatic one. An erased opinion's text is already public: running
 * the detector again could undo what the analyst had let stand.
 */
export function publicText(row: RedactableRow): string {
	if (row.redacted_text !== null) return row.redacted_text;
	return row.erased_at ? row.text : automaticRedaction(row.text);
}

/** Residents type at most 2 000 characters; letters, notes and imports run longer. */
export function textLimitFor(channel: string): number {
	return channel === 'kiosk' || channel === 'online'
		? OPINION_LIMITS.text
		: OPINION_LIMITS.recordedText;
}

/** The opinion with its spans, for the page where an analyst checks the redaction. */
export async function redactionView(db: Database, consultationId: number, commentId: number) {
	const row = await findOpinionRedaction(db, consultationId, commentId);
	if (!row) return null;
	return {
		...row,
		spans: detectPersonalData(row.text),
		automatic: automaticRedaction(row.text),
		public: publicText(row),
		limit: textLimitFor(row.channel)
	};
}

/**
 * Sets the analyst's redaction, or with null goes back to the automatic one. Null when the
 * opinion is not in this consultation. A text equal to the automatic redaction is stored as
 * null, so that a better detector later still applies to it.
 */
export function setRedaction(
	db: Database,
	actorId: number | null,
	consultationId: number,
	commentId: number,
	text: string | null
): Promise<Saved | null> {
	return inTransaction(db, async (tx) => {
		const row = await findOpinionRedaction(tx, consultationId, commentId);
		if (!row) return null;
		const limit = textLimitFor(row.channel);
		if (text !== null && text.length > limit) {
			return { ok: false, errors: { redacted_text: { code: 'too_long', limit } } };
		}
		if (text !== null && text.trim() === '') return rejected('redacted_text', 'required');
		const stored = text === null || text === automaticRedaction(row.text) ? null : text;
		await updateRedaction(tx, row.id, stored, actorId);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'comment.redaction',
			entity: 'comment',
			entityId: row.id,
			before: { redacted_text: row.redacted_text },
			after: { redacted_text: stored }
		});
		return { ok: true, id: row.id };
	});
}
