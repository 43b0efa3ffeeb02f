import type { Kysely } from 'kysely';

// SQLite adds one column per ALTER TABLE and cannot add a UNIQUE column: uniqueness is an index.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('devices').addColumn('pairing_code_hash', 'text').execute();
	await db.schema.alterTable('devices').addColumn('pairing_expires_at', 'text').execute();
	await db.schema.alterTable('devices').addColumn('paired_at', 'text').execute();
	await db.schema
		.createIndex('devices_pairing_code_hash')
		.unique()
		.on('devices')
		.column('pairing_code_hash')
		.execute();
	await db.schema.createIndex('devices_event').on('devices').column('event_id').execute();

	await db.schema
		.alterTable('comments')
		.addColumn('question_id', 'integer', (c) => c.references('questions.id').onDelete('set null'))
		.execute();
	await db.schema.alterTable('comments').addColumn('language', 'text').execute();
	await db.schema
		.createIndex('comments_device')
		.on('comments')
		.column('entered_by_device_id')
		.execute();

	await db.schema
		.createTable('comment_declared_areas')
		.addColumn('comment_id', 'integer', (c) =>
			c.notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('area_id', 'integer', (c) => c.notNull().references('areas.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('comment_declared_areas_pk', ['comment_id', 'area_id'])
		.execute();
	await db.schema
		.createIndex('comment_declared_areas_area')
		.on('comment_declared_areas')
		.column('area_id')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('comment_declared_areas').execute();
	await db.schema.dropIndex('comments_device').execute();
	await db.schema.alterTable('comments').dropColumn('language').execute();
	await db.schema.alterTable('comments').dropColumn('question_id').execute();
	await db.schema.dropIndex('devices_event').execute();
	await db.schema.dropIndex('devices_pairing_code_hash').execute();
	for (const column of ['paired_at', 'pairing_expires_at', 'pairing_code_hash']) {
		await db.schema.alterTable('devices').dropColumn(column).execute();
	}
}
