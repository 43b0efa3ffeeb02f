import type { ReportOpinionRow, ReportSnapshot } from '$lib/domain/report';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import { inTransaction } from '../db/transaction';
import { recordAudit } from '../repositories/audit';
import {
	deleteUnpublishedOpinions,
	insertReportOpinions,
	type NewReportOpinion
} from '../repositories/report-opinions';
import {
	findReportVersion,
	insertReportVersion,
	listReportVersions,
	nextReportVersion
} from '../repositories/report-versions';
import { buildReport } from './report';
import { reportOpinionSlices } from './report-opinions';

export interface PublishedReport {
	version: number;
	publishedAt: string;
	snapshot: ReportSnapshot;
}

export type PublishOutcome = { ok: true; version: number } | { ok: false; reason: 'in_progress' };

/** One publication at a time per consultation: two at once would claim the same number. */
const publishing = new Set<number>();

/**
 * Freezes the report: its figures as JSON and its table of opinions row by row, in slices so
 * that intake and coding go on meanwhile. The version row, written last, makes it visible.
 */
export async function publishReport(
	db: Database,
	actorId: number | null,
	consultation: Consultation,
	now = new Date()
): Promise<PublishOutcome> {
	if (publishing.has(consultation.id)) return { ok: false, reason: 'in_progress' };
	publishing.add(consultation.id);
	try {
		await deleteUnpublishedOpinions(db, consultation.id);
		const version = await nextReportVersion(db, consultation.id);
		const snapshot = await buildReport(db, consultation, now);
		for await (const slice of reportOpinionSlices(db, consultation.id, null)) {
			await insertReportOpinions(
				db,
				slice.map((row) => frozen(consultation.id, version, row))
			);
		}
		await inTransaction(db, async (tx) => {
			await insertReportVersion(tx, {
				consultationId: consultation.id,
				version,
				publishedBy: actorId,
				snapshot: JSON.stringify(snapshot)
			});
			await recordAudit(tx, {
				actorUserId: actorId,
				action: 'report.publish',
				entity: 'consultation',
				entityId: consultation.id,
				before: null,
				after: { version, opinions: snapshot.figures.opinions }
			});
		});
		return { ok: true, version };
	} finally {
		publishing.delete(consultation.id);
	}
}

function frozen(consultationId: number, version: number, row: ReportOpinionRow): NewReportOpinion {
	return {
		consultation_id: consultationId,
		version,
		lp: row.lp,
		comment_id: row.id,
		received_at: row.receivedAt,
		channel: row.channel,
		speaker_kind: row.speakerKind,
		district: row.district,
		areas_json: JSON.stringify(row.areas),
		themes_json: JSON.stringify(row.themes),
		text: row.text,
		response_status: row.status,
		justification: row.justification
	};
}

/** A published version (the latest when `version` is null), or null when there is none. */
export async function loadPublishedReport(
	db: Database,
	consultationId: number,
	version: number | null
): Promise<PublishedReport | null> {
	const row = await findReportVersion(db, consultationId, version);
	if (!row) return null;
	return {
		version: row.version,
		publishedAt: row.published_at,
		snapshot: JSON.parse(row.snapshot_json) as ReportSnapshot
	};
}

export async function reportVersions(db: Database, consultationId: number) {
	return (await listReportVersions(db, consultationId)).map((v) => ({
		version: v.version,
		publishedAt: v.published_at
	}));
}
