import type { Database } from '../db/connect';
import type { Role } from '$lib/domain/roles';

const publicColumns = ['id', 'email', 'display_name', 'role', 'active', 'created_at'] as const;

export function findUserByEmail(db: Database, email: string) {
	return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Database, id: number) {
	return db.selectFrom('users').select(publicColumns).where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Database) {
	return db
		.selectFrom('users')
		.select(publicColumns)
		.select((eb) => eb('password_hash', 'is not', null).as('has_password'))
		.orderBy('display_name')
		.execute();
}

export async function insertUser(
	db: Database,
	user: { email: string; displayName: string; role: Role; passwordHash?: string | null }
): Promise<number> {
	const row = await db
		.insertInto('users')
		.values({
			email: user.email,
			display_name: user.displayName,
			role: user.role,
			password_hash: user.passwordHash ?? null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function setUserPassword(db: Database, id: number, passwordHash: string, now: Date) {
	await db
		.updateTable('users')
		.set({ password_hash: passwordHash, updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}

export async function setUserActive(db: Database, id: number, active: boolean, now: Date) {
	await db
		.updateTable('users')
		.set({ active: active ? 1 : 0, updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}
