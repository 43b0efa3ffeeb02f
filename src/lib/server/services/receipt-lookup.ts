import { normaliseReceiptCode } from '$lib/domain/receipt';
import type { CommentStatus, ResponseStatus } from '$lib/domain/vocabularies';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { minutesFrom, recordHit, retryAfter } from '../auth/throttle';
import { findByReceiptCode } from '../repositories/receipts';
import { findRedactionByReceiptCode } from '../repositories/redaction';
import { publicText } from './redaction';

/** 40-bit codes cannot be guessed in 30 tries; the limit stops anyone trying millions. */
export const LOOKUP_LIMIT = { limit: 30, windowMs: 15 * 60 * 1000 };

export interface Receipt {
	code: string;
	consultationTitle: string;
	receivedAt: string;
	text: string;
	status: CommentStatus;
	response: { status: ResponseStatus; justification: string } | null;
}

export type LookupResult =
	| { ok: true; receipt: Receipt }
	| { ok: false; error: 'malformed' | 'unknown' }
	| { ok: false; error: 'throttled'; retryAfterMinutes: number };

const key = (address: string) => `receipt:${address}`;

/** Only a miss counts against the address: a person checking their own code is never blocked. */
export function lookUpReceipt(
	db: Database,
	typed: string,
	clientAddress: string,
	now = new Date()
): Promise<LookupResult> {
	return inTransaction(db, async (tx): Promise<LookupResult> => {
		const code = normaliseReceiptCode(typed);
		if (code === null) return { ok: false, error: 'malformed' };
		const wait = await retryAfter(tx, key(clientAddress), LOOKUP_LIMIT, now);
		if (wait > 0) return { ok: false, error: 'throttled', retryAfterMinutes: minutesFrom(wait) };
		const row = await findByReceiptCode(tx, code);
		if (!row) {
			await recordHit(tx, key(clientAddress), now);
			return { ok: false, error: 'unknown' };
		}
		const redaction = await findRedactionByReceiptCode(tx, code);
		const response = row.response_status
			? {
					status: row.response_status as ResponseStatus,
					justification: row.response_justification ?? ''
				}
			: null;
		return {
			ok: true,
			receipt: {
				code,
				consultationTitle: row.consultation_title,
				receivedAt: row.received_at,
				// Whoever holds the code sees what the public sees: never a name or address in it.
				text: publicText({
					text: row.text,
					redacted_text: redaction?.redacted_text ?? null,
					erased_at: redaction?.erased_at ?? null
				}),
				status: row.status as CommentStatus,
				response
			}
		};
	});
}
