import type { Database } from '../db/connect';

export async function insertSession(db: Database, id: string, userId: number, expiresAt: Date) {
	await db
		.insertInto('sessions')
		.values({ id, user_id: userId, expires_at: expiresAt.toISOString() })
		.execute();
}

export function findSessionWithUser(db: Database, id: string) {
	return db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.expires_at',
			'users.id as user_id',
			'users.email',
			'users.display_name',
			'users.role',
			'users.active'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
}

export async function updateSessionExpiry(db: Database, id: string, expiresAt: Date) {
	await db
		.updateTable('sessions')
		.set({ expires_at: expiresAt.toISOString() })
		.where('id', '=', id)
		.execute();
}

export async function deleteSession(db: Database, id: string) {
	await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Database, userId: number) {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
