import type { Database } from '../db/connect';
import { recordAudit } from '../repositories/audit';

interface Change<Row extends { id: number }> {
	/** audit_log.entity, and the prefix of the action unless `action` names another. */
	entity: string;
	action?: string;
	existing: Row | undefined;
	after: unknown;
	actorId: number | null;
	insert: () => Promise<number>;
	update: (id: number) => Promise<void>;
}

/** Inserts a new row or updates the existing one, and records either in the audit log. */
export async function writeAudited<Row extends { id: number }>(
	db: Database,
	change: Change<Row>
): Promise<number> {
	const { existing } = change;
	const id = existing ? existing.id : await change.insert();
	if (existing) await change.update(id);
	await recordAudit(db, {
		actorUserId: change.actorId,
		action: `${change.action ?? change.entity}.${existing ? 'update' : 'create'}`,
		entity: change.entity,
		entityId: id,
		before: existing,
		after: change.after
	});
	return id;
}
