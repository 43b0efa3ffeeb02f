import { takesNotes } from '$lib/domain/meetings';
import type { MeetingRecord } from '$lib/schemas/meeting-notes';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import type { Event } from '../db/types';
import { recordAudit } from '../repositories/audit';
import { findEvent, listTables } from '../repositories/events';
import {
	listAccessibility,
	replaceAccessibility,
	setTableParticipants,
	updateMeetingFacts
} from '../repositories/meeting-notes';
import type { Rejected } from './result';

type Meeting = Pick<Event, 'id' | 'consultation_id' | 'kind'>;

/** What the report's „how we asked” and „who took part” read about one meeting. */
export async function meetingRecord(db: Database, event: Pick<Event, 'id' | 'consultation_id'>) {
	const row = await findEvent(db, event.consultation_id, event.id);
	const tables = await listTables(db, event.id);
	return {
		participants_count: row?.participants_count ?? null,
		minutes: row?.minutes ?? '',
		accessibility: await listAccessibility(db, event.id),
		tables: tables.map((t) => ({ id: t.id, participantsCount: t.participants_count }))
	};
}

/** null: the event is not a meeting. Every count belongs to one of the meeting's own tables. */
export function saveMeetingRecord(
	db: Database,
	event: Meeting,
	record: MeetingRecord,
	actorId: number,
	now = new Date()
): Promise<{ ok: true; id: number } | Rejected | null> {
	return inTransaction(db, async (tx) => {
		if (!takesNotes(event)) return null;
		const tableIds = new Set((await listTables(tx, event.id)).map((t) => t.id));
		const stranger = record.tables.find((t) => !tableIds.has(t.id));
		if (stranger) {
			return { ok: false, errors: { [`tables.${stranger.id}`]: { code: 'invalid_choice' } } };
		}
		const before = await meetingRecord(tx, event);
		await updateMeetingFacts(
			tx,
			event.id,
			{ participantsCount: record.participants_count, minutes: record.minutes },
			now
		);
		for (const table of record.tables) {
			await setTableParticipants(tx, table.id, table.participantsCount);
		}
		await replaceAccessibility(tx, event.id, record.accessibility);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'event.record',
			entity: 'event',
			entityId: event.id,
			before,
			after: record
		});
		return { ok: true, id: event.id };
	});
}
