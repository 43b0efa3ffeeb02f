import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import { deleteConsultationContacts, listRetentionCandidates } from '../repositories/retention';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Purged {
	consultationId: number;
	contacts: number;
}

/**
 * Removes the contact addresses of every consultation whose retention period, counted from its
 * first published report, has passed. The opinions stay; only the way to reach their authors
 * goes. Returns what was removed, per consultation; a consultation with nothing left to remove
 * is neither listed nor audited.
 */
export async function purgeExpiredContacts(db: Database, now = new Date()): Promise<Purged[]> {
	const purged: Purged[] = [];
	for (const candidate of await listRetentionCandidates(db)) {
		const published = Date.parse(candidate.first_published_at);
		if (candidate.days === null || Number.isNaN(published)) continue;
		if (published + candidate.days * DAY_MS >= now.getTime()) continue;
		const contacts = await inTransaction(db, async (tx) => {
			const removed = await deleteConsultationContacts(tx, candidate.id);
			if (removed > 0) {
				await recordAudit(tx, {
					action: 'consultation.contacts_expired',
					entity: 'consultation',
					entityId: candidate.id,
					after: { contacts_removed: removed, retention_days: candidate.days }
				});
			}
			return removed;
		});
		if (contacts > 0) purged.push({ consultationId: candidate.id, contacts });
	}
	return purged;
}
