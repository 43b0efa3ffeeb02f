import type { Database } from '../db/connect';

export interface AuditEntry {
	actorUserId?: number | null;
	actorDeviceId?: number | null;
	action: string;
	entity: string;
	entityId?: string | number | null;
	before?: unknown;
	after?: unknown;
}

export async function recordAudit(db: Database, entry: AuditEntry) {
	await db
		.insertInto('audit_log')
		.values({
			actor_user_id: entry.actorUserId ?? null,
			actor_device_id: entry.actorDeviceId ?? null,
			action: entry.action,
			entity: entry.entity,
			entity_id: entry.entityId == null ? null : String(entry.entityId),
			before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
			after_json: entry.after === undefined ? null : JSON.stringify(entry.after)
		})
		.execute();
}

export function listAudit(db: Database, entity: string, entityId: string | number) {
	return db
		.selectFrom('audit_log')
		.selectAll()
		.where('entity', '=', entity)
		.where('entity_id', '=', String(entityId))
		.orderBy('id')
		.execute();
}
