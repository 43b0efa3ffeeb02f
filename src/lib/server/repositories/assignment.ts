import { sql } from 'kysely';
import type { Database } from '../db/connect';

/** Staff who may code: active analysts and admins, by name. */
export function listCoders(db: Database) {
	return db
		.selectFrom('users')
		.select(['id', 'display_name', 'role'])
		.where('active', '=', 1)
		.where('role', 'in', ['analyst', 'admin'])
		.orderBy('display_name')
		.execute();
}

export async function setAssignee(
	db: Database,
	consultationId: number,
	ids: readonly number[],
	userId: number | null
) {
	const result = await db
		.updateTable('comments')
		.set({ assigned_to: userId })
		.where('consultation_id', '=', consultationId)
		.where('id', 'in', [...ids])
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** The oldest opinions still waiting and given to nobody. */
export async function nextUnassigned(db: Database, consultationId: number, count: number) {
	const rows = await db
		.selectFrom('comments')
		.select('id')
		.where('consultation_id', '=', consultationId)
		.where('status', '=', 'received')
		.where('split_at', 'is', null)
		.where('assigned_to', 'is', null)
		.orderBy('received_at')
		.orderBy('id')
		.limit(count)
		.execute();
	return rows.map((r) => r.id);
}

/** How far coding has come: by status, by coder, and what each assignee has left. */
export async function codingProgress(db: Database, consultationId: number) {
	const totals = await db
		.selectFrom('comments')
		.select([
			sql<string>`case when split_at is not null then 'split' else status end`.as('state'),
			(eb) => eb.fn.countAll<number>().as('n')
		])
		.where('consultation_id', '=', consultationId)
		.groupBy(sql.raw('1'))
		.execute();
	const byCoder = await db
		.selectFrom('comments as c')
		.innerJoin('users as u', 'u.id', 'c.coded_by')
		.select(['u.id', 'u.display_name', (eb) => eb.fn.countAll<number>().as('n')])
		.where('c.consultation_id', '=', consultationId)
		.where('c.status', '=', 'coded')
		.groupBy('u.id')
		.orderBy('u.display_name')
		.execute();
	const byAssignee = await db
		.selectFrom('comments as c')
		.innerJoin('users as u', 'u.id', 'c.assigned_to')
		.select([
			'u.id',
			'u.display_name',
			(eb) => eb.fn.countAll<number>().as('assigned'),
			sql<number>`sum(c.status = 'received' and c.split_at is null)`.as('left')
		])
		.where('c.consultation_id', '=', consultationId)
		.groupBy('u.id')
		.orderBy('u.display_name')
		.execute();
	return { totals, byCoder, byAssignee };
}
