import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import type { EventInput, TableInput } from '$lib/schemas/event';
import { rejected, type Saved } from './result';
import { recordAudit } from '../repositories/audit';
import { findArea } from '../repositories/codebook';
import { writeAudited } from './audited-write';
import {
	deleteTable,
	findEvent,
	findTable,
	insertEvent,
	insertTable,
	listTables,
	updateEvent,
	updateTable
} from '../repositories/events';

export async function saveEvent(
	db: Database,
	consultationId: number,
	eventId: number | null,
	input: EventInput,
	actorId: number | null,
	now = new Date()
): Promise<{ ok: true; id: number } | null> {
	return inTransaction(db, async (tx) => {
		const existing = eventId === null ? undefined : await findEvent(tx, consultationId, eventId);
		if (eventId !== null && !existing) return null;
		const id = await writeAudited(tx, {
			entity: 'event',
			existing,
			after: input,
			actorId,
			insert: () => insertEvent(tx, consultationId, input),
			update: (id) => updateEvent(tx, id, input, now)
		});
		return { ok: true, id };
	});
}

export async function saveTable(
	db: Database,
	event: { id: number; consultation_id: number },
	tableId: number | null,
	input: TableInput,
	actorId: number | null
): Promise<Saved | null> {
	return inTransaction(db, async (tx) => {
		const existing = tableId === null ? undefined : await findTable(tx, event.id, tableId);
		if (tableId !== null && !existing) return null;
		if (input.area_id !== null && !(await findArea(tx, event.consultation_id, input.area_id))) {
			return rejected('area_id', 'invalid_choice');
		}
		const id = await writeAudited(tx, {
			entity: 'meeting_table',
			action: 'table',
			existing,
			after: input,
			actorId,
			insert: async () => insertTable(tx, event.id, input, (await listTables(tx, event.id)).length),
			update: (id) => updateTable(tx, id, input)
		});
		return { ok: true, id };
	});
}

export async function removeTable(
	db: Database,
	eventId: number,
	tableId: number,
	actorId: number | null
): Promise<boolean> {
	return inTransaction(db, async (tx) => {
		const existing = await findTable(tx, eventId, tableId);
		if (!existing) return false;
		await deleteTable(tx, tableId);
		await recordAudit(tx, {
			actorUserId: actorId,
			action: 'table.delete',
			entity: 'meeting_table',
			entityId: tableId,
			before: existing
		});
		return true;
	});
}
