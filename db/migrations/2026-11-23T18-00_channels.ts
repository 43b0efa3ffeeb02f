import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/**
 * The other channels: meeting notes, the online form, e-mail and table imports.
 * Personal data (a contact address) lives in its own table, apart from the opinion's text, so
 * that it can be erased or expire without touching the corpus.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('import_batches')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('email', 'table')`))
		.addColumn('filename', 'text', (c) => c.notNull())
		.addColumn('row_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	// A table file waits here between its upload and the column mapping; purged after a day.
	await db.schema
		.createTable('import_uploads')
		.addColumn('id', 'text', (c) => c.primaryKey().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('filename', 'text', (c) => c.notNull())
		.addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('csv', 'xlsx')`))
		.addColumn('content', 'blob', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.alterTable('comments')
		.addColumn('speaker_kind', 'text', (c) =>
			c.check(sql`speaker_kind in ('resident', 'ngo', 'institution')`)
		)
		.execute();
	await db.schema.alterTable('comments').addColumn('updated_at', 'text').execute();
	await db.schema.alterTable('comments').addColumn('message_id', 'text').execute();
	await db.schema
		.alterTable('comments')
		.addColumn('import_batch_id', 'integer', (c) =>
			c.references('import_batches.id').onDelete('set null')
		)
		.execute();
	await db.schema
		.createIndex('comments_message_id')
		.unique()
		.on('comments')
		.columns(['consultation_id', 'message_id'])
		.where(sql.ref('message_id'), 'is not', null)
		.execute();
	await db.schema.createIndex('comments_table').on('comments').column('table_id').execute();

	await db.schema
		.createTable('comment_contacts')
		.addColumn('comment_id', 'integer', (c) =>
			c.primaryKey().notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('form', 'email')`))
		.addColumn('consent_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('comment_contacts_email')
		.on('comment_contacts')
		.column('email')
		.execute();

	await db.schema
		.createTable('comment_attachments')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('comment_id', 'integer', (c) =>
			c.notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('filename', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size_bytes', 'integer', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('comment_attachments_comment')
		.on('comment_attachments')
		.column('comment_id')
		.execute();

	// The office's answer (stanowisko) that a resident reads with the receipt code.
	await db.schema
		.createTable('comment_responses')
		.addColumn('comment_id', 'integer', (c) =>
			c.primaryKey().notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.check(
					sql`status in ('accepted', 'partly_accepted', 'rejected', 'explanation', 'out_of_scope')`
				)
		)
		.addColumn('justification', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('responded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.alterTable('events')
		.addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema
		.createTable('event_accessibility')
		.addColumn('event_id', 'integer', (c) =>
			c.notNull().references('events.id').onDelete('cascade')
		)
		.addColumn('feature', 'text', (c) =>
			c
				.notNull()
				.check(
					sql`feature in ('pjm_interpreter', 'step_free', 'induction_loop', 'easy_read', 'childcare', 'assistant')`
				)
		)
		.addPrimaryKeyConstraint('event_accessibility_pk', ['event_id', 'feature'])
		.execute();

	// Secrets the server needs across restarts, e.g. to sign the online form's start time.
	await db.schema
		.createTable('app_secrets')
		.addColumn('name', 'text', (c) => c.primaryKey().notNull())
		.addColumn('value', 'text', (c) => c.notNull())
		.execute();
	await sql`insert into app_secrets (name, value) values ('form_token', lower(hex(randomblob(32))))`.execute(
		db
	);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('app_secrets').execute();
	await db.schema.dropTable('event_accessibility').execute();
	await db.schema.alterTable('events').dropColumn('minutes').execute();
	await db.schema.dropTable('comment_responses').execute();
	await db.schema.dropTable('comment_attachments').execute();
	await db.schema.dropTable('comment_contacts').execute();
	await db.schema.dropIndex('comments_table').execute();
	await db.schema.dropIndex('comments_message_id').execute();
	for (const column of ['import_batch_id', 'message_id', 'updated_at', 'speaker_kind']) {
		await db.schema.alterTable('comments').dropColumn(column).execute();
	}
	await db.schema.dropTable('import_uploads').execute();
	await db.schema.dropTable('import_batches').execute();
}
