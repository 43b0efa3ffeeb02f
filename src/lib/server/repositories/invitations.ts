import type { Database } from '../db/connect';

export async function insertInvitation(
	db: Database,
	invitation: { id: string; userId: number; createdBy: number | null; expiresAt: Date }
) {
	await db
		.insertInto('invitations')
		.values({
			id: invitation.id,
			user_id: invitation.userId,
			created_by: invitation.createdBy,
			expires_at: invitation.expiresAt.toISOString()
		})
		.execute();
}

export function findInvitation(db: Database, id: string) {
	return db
		.selectFrom('invitations')
		.innerJoin('users', 'users.id', 'invitations.user_id')
		.select([
			'invitations.id',
			'invitations.expires_at',
			'invitations.used_at',
			'users.id as user_id',
			'users.email',
			'users.display_name',
			'users.active'
		])
		.where('invitations.id', '=', id)
		.executeTakeFirst();
}

export async function markInvitationUsed(db: Database, id: string, at: Date) {
	await db
		.updateTable('invitations')
		.set({ used_at: at.toISOString() })
		.where('id', '=', id)
		.execute();
}

/** A new invitation replaces any the user still had open. */
export async function expireOpenInvitations(db: Database, userId: number, at: Date) {
	await db
		.updateTable('invitations')
		.set({ expires_at: at.toISOString() })
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.execute();
}
