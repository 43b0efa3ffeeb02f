import type { Insertable } from 'kysely';
import type { Database } from '../db/connect';
import type { DB } from '../db/types';

export type NewImportUpload = Insertable<DB['import_uploads']>;

/** Whose upload it is: only the person who sent the file maps and imports it. */
export interface UploadKey {
	id: string;
	consultationId: number;
	userId: number;
}

export async function insertUpload(db: Database, upload: NewImportUpload) {
	await db.insertInto('import_uploads').values(upload).execute();
}

/** Uploads from before `notBefore` have expired even if no purge has removed them yet. */
export function findUpload(db: Database, key: UploadKey, notBefore: string) {
	return db
		.selectFrom('import_uploads')
		.select(['id', 'filename', 'format', 'content', 'created_at'])
		.where('id', '=', key.id)
		.where('consultation_id', '=', key.consultationId)
		.where('user_id', '=', key.userId)
		.where('created_at', '>=', notBefore)
		.executeTakeFirst();
}

/** True when this call removed the upload, so that two imports of one file cannot both run. */
export async function deleteUpload(db: Database, id: string): Promise<boolean> {
	const result = await db.deleteFrom('import_uploads').where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export async function purgeUploadsBefore(db: Database, cutoff: string) {
	await db.deleteFrom('import_uploads').where('created_at', '<', cutoff).execute();
}
