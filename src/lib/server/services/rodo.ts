import { createHash } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import type { ReportSnapshot } from '$lib/domain/report';
import type { SubjectIdentifier } from '$lib/schemas/rodo';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import {
	deleteContacts,
	findReportVersionsOf,
	findSubjectOpinions,
	findUnitsOf,
	insertRodoRequest,
	listRodoRequests,
	replaceErasedText,
	updateReportSnapshot
} from '../repositories/rodo';
import { publicText, type RedactableRow } from './redaction';

export type SubjectOpinion = Awaited<ReturnType<typeof findSubjectOpinions>>[number];
type RequestKind = 'find' | 'export' | 'erase';

/** The register keeps a digest, so a repeated request is recognisable but never readable. */
export function identifierHash(identifier: SubjectIdentifier): string {
	return createHash('sha256').update(identifier.value).digest('hex');
}

async function logRequest(
	db: Database,
	actorId: number | null,
	identifier: SubjectIdentifier,
	kind: RequestKind,
	commentCount: number,
	removeText = false
) {
	return insertRodoRequest(db, {
		kind,
		identifier_kind: identifier.kind,
		identifier_hash: identifierHash(identifier),
		comment_count: commentCount,
		remove_text: removeText ? 1 : 0,
		handled_by: actorId
	});
}

/** What the erasure would touch, for the confirmation step; not a request, so not logged. */
export function previewSubject(db: Database, identifier: SubjectIdentifier) {
	return findSubjectOpinions(db, identifier);
}

export function findSubjectData(
	db: Database,
	actorId: number | null,
	identifier: SubjectIdentifier
): Promise<SubjectOpinion[]> {
	return inTransaction(db, async (tx) => {
		const opinions = await findSubjectOpinions(tx, identifier);
		await logRequest(tx, actorId, identifier, 'find', opinions.length);
		return opinions;
	});
}

function exported(row: SubjectOpinion) {
	return {
		consultation: row.consultation_title,
		receipt_code: row.receipt_code,
		channel: row.channel,
		received_at: row.received_at,
		submitted_at: row.submitted_at,
		text: row.text,
		district: row.district,
		age_band: row.age_band,
		status: row.status,
		contact: row.email
			? { email: row.email, source: row.contact_source, consent_at: row.consent_at }
			: null,
		response: row.response_status
			? {
					status: row.response_status,
					justification: row.response_justification,
					updated_at: row.response_updated_at
				}
			: null,
		erased_at: row.erased_at
	};
}

/** The person's data as a JSON file they can keep (art. 15 and 20 RODO). */
export function exportSubjectData(
	db: Database,
	actorId: number | null,
	identifier: SubjectIdentifier,
	now = new Date()
): Promise<{ filename: string; json: string; count: number }> {
	return inTransaction(db, async (tx) => {
		const opinions = await findSubjectOpinions(tx, identifier);
		await logRequest(tx, actorId, identifier, 'export', opinions.length);
		const file = {
			exported_at: now.toISOString(),
			identifier,
			opinions: opinions.map(exported)
		};
		return {
			filename: `dane-osobowe-${now.toISOString().slice(0, 10)}.json`,
			json: JSON.stringify(file, null, 2),
			count: opinions.length
		};
	});
}

export interface Erasure {
	opinions: number;
	contacts: number;
	/** What stays of each opinion, to show the person handling the request. */
	kept: { id: number; consultationTitle: string; consultationSlug: string; text: string }[];
}

const removedMarker = () => m.pii_removed_text({}, { locale: 'pl' });

/**
 * Erasure (art. 17 RODO): the contact rows go; each opinion, and every unit split from it, keeps
 * only its public text — or a marker if the person asked for the text to go — so that counts
 * and the audit trail stay. One transaction: all of it or nothing.
 */
export function eraseSubjectData(
	db: Database,
	actorId: number | null,
	identifier: SubjectIdentifier,
	options: { removeText: boolean },
	now = new Date()
): Promise<Erasure> {
	return inTransaction(db, async (tx) => {
		const opinions = await findSubjectOpinions(tx, identifier);
		const ids = opinions.map((o) => o.id);
		const rows: (RedactableRow & { id: number })[] = [...opinions, ...(await findUnitsOf(tx, ids))];
		const contacts = await deleteContacts(tx, ids);
		const at = now.toISOString();
		const remaining = new Map<number, string>();
		for (const row of rows) {
			const text = options.removeText ? removedMarker() : publicText(row);
			await replaceErasedText(tx, row.id, text, at);
			remaining.set(row.id, text);
		}
		await scrubPublishedQuotes(tx, remaining, at);
		const requestId = await logRequest(
			tx,
			actorId,
			identifier,
			'erase',
			ids.length,
			options.removeText
		);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'rodo.erase',
			entity: 'rodo_request',
			entityId: requestId,
			after: {
				comment_ids: rows.map((r) => r.id),
				contacts_removed: contacts,
				remove_text: options.removeText
			}
		});
		const kept = opinions.map((o) => ({
			id: o.id,
			consultationTitle: o.consultation_title,
			consultationSlug: o.consultation_slug,
			text: remaining.get(o.id) ?? ''
		}));
		return { opinions: ids.length, contacts, kept };
	});
}

/**
 * A published report is frozen, but not against the law: the erased opinions' texts in its
 * table (replaceErasedText) and in its quotes take the text that remains.
 */
async function scrubPublishedQuotes(db: Database, remaining: Map<number, string>, at: string) {
	if (remaining.size === 0) return;
	for (const version of await findReportVersionsOf(db, [...remaining.keys()])) {
		const snapshot = JSON.parse(version.snapshot_json) as ReportSnapshot;
		for (const quote of snapshot.areas.flatMap((a) => a.quotes)) {
			const text = remaining.get(quote.commentId);
			if (text !== undefined) quote.text = text;
		}
		snapshot.amendedAt = at;
		await updateReportSnapshot(db, version.id, JSON.stringify(snapshot));
	}
}

export const listRequests = listRodoRequests;
