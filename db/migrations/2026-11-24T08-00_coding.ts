import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

// FTS5's unicode61 tokenizer folds ą, ę, ó, ś… but not ł, which is a letter of its own.
const foldedText = (ref: string) => sql.raw(`replace(replace(${ref}, 'ł', 'l'), 'Ł', 'L')`);

/**
 * The analyst workspace: coding against areas and themes, exclusion, split units, responses per
 * theme, suggestions, double coding, redaction and the requests of data subjects (RODO).
 */
export async function up(db: Kysely<any>): Promise<void> {
	const commentColumns: [string, 'integer' | 'text', string?][] = [
		['version', 'integer'],
		['coded_by', 'integer', 'users'],
		['coded_at', 'text'],
		['assigned_to', 'integer', 'users'],
		['excluded_reason', 'text'],
		['duplicate_of_id', 'integer', 'comments'],
		['parent_id', 'integer', 'comments'],
		['split_at', 'text'],
		['redacted_text', 'text'],
		['redacted_by', 'integer', 'users'],
		['erased_at', 'text']
	];
	for (const [name, type, references] of commentColumns) {
		await db.schema
			.alterTable('comments')
			.addColumn(name, type, (c) => {
				if (name === 'version') return c.notNull().defaultTo(0);
				if (name === 'excluded_reason') {
					return c.check(sql`excluded_reason in ('spam', 'abusive', 'off_topic', 'duplicate')`);
				}
				if (!references) return c;
				// A unit is part of its original; everything else survives the other row's removal.
				const onDelete = name === 'parent_id' ? 'cascade' : 'set null';
				return c.references(`${references}.id`).onDelete(onDelete);
			})
			.execute();
	}
	await db.schema
		.createIndex('comments_status')
		.on('comments')
		.columns(['consultation_id', 'status'])
		.execute();
	await db.schema.createIndex('comments_parent').on('comments').column('parent_id').execute();
	await db.schema
		.createIndex('comments_assigned')
		.on('comments')
		.columns(['assigned_to', 'status'])
		.execute();

	await db.schema
		.createTable('comment_areas')
		.addColumn('comment_id', 'integer', (c) =>
			c.notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('area_id', 'integer', (c) => c.notNull().references('areas.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('comment_areas_pk', ['comment_id', 'area_id'])
		.execute();
	await db.schema
		.createIndex('comment_areas_area')
		.on('comment_areas')
		.columns(['area_id', 'comment_id'])
		.execute();

	await db.schema
		.createTable('comment_themes')
		.addColumn('comment_id', 'integer', (c) =>
			c.notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('theme_id', 'integer', (c) =>
			c.notNull().references('themes.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('comment_themes_pk', ['comment_id', 'theme_id'])
		.execute();
	await db.schema
		.createIndex('comment_themes_theme')
		.on('comment_themes')
		.columns(['theme_id', 'comment_id'])
		.execute();

	// A theme's response is copied onto each of its opinions (from_theme_id says so) unless the
	// opinion has its own; the copy is what residents see under their receipt code.
	await db.schema
		.createTable('theme_responses')
		.addColumn('theme_id', 'integer', (c) =>
			c.primaryKey().notNull().references('themes.id').onDelete('cascade')
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
		.alterTable('comment_responses')
		.addColumn('from_theme_id', 'integer', (c) => c.references('themes.id').onDelete('set null'))
		.execute();

	await db.schema
		.createTable('suggestion_outcomes')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('comment_id', 'integer', (c) =>
			c.notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('area', 'theme')`))
		.addColumn('code_id', 'integer', (c) => c.notNull())
		.addColumn('confidence', 'real', (c) => c.notNull())
		.addColumn('accepted', 'integer', (c) => c.notNull())
		.addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('suggestion_outcomes_comment')
		.on('suggestion_outcomes')
		.column('comment_id')
		.execute();

	await db.schema
		.createTable('agreement_samples')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createTable('agreement_coders')
		.addColumn('sample_id', 'integer', (c) =>
			c.notNull().references('agreement_samples.id').onDelete('cascade')
		)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('agreement_coders_pk', ['sample_id', 'user_id'])
		.execute();
	await db.schema
		.createTable('agreement_items')
		.addColumn('sample_id', 'integer', (c) =>
			c.notNull().references('agreement_samples.id').onDelete('cascade')
		)
		.addColumn('comment_id', 'integer', (c) =>
			c.notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('adjudicated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('adjudicated_at', 'text')
		.addPrimaryKeyConstraint('agreement_items_pk', ['sample_id', 'comment_id'])
		.execute();
	// One coder's blind coding of one item: area and theme ids as JSON arrays of integers.
	await db.schema
		.createTable('agreement_codings')
		.addColumn('sample_id', 'integer', (c) =>
			c.notNull().references('agreement_samples.id').onDelete('cascade')
		)
		.addColumn('comment_id', 'integer', (c) =>
			c.notNull().references('comments.id').onDelete('cascade')
		)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('area_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('theme_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('coded_at', 'text', (c) => c.notNull().defaultTo(now))
		.addPrimaryKeyConstraint('agreement_codings_pk', ['sample_id', 'comment_id', 'user_id'])
		.execute();

	// A data subject's request is logged without the address or code itself: only its hash.
	await db.schema
		.createTable('rodo_requests')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('find', 'export', 'erase')`))
		.addColumn('identifier_kind', 'text', (c) =>
			c.notNull().check(sql`identifier_kind in ('email', 'receipt')`)
		)
		.addColumn('identifier_hash', 'text', (c) => c.notNull())
		.addColumn('comment_count', 'integer', (c) => c.notNull())
		.addColumn('remove_text', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('handled_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.alterTable('consultations')
		.addColumn('contact_retention_days', 'integer')
		.execute();

	// A published report is a frozen, numbered snapshot; retention counts from the first one.
	await db.schema
		.createTable('report_versions')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('published_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('published_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('snapshot_json', 'text', (c) => c.notNull())
		.addUniqueConstraint('report_versions_version', ['consultation_id', 'version'])
		.execute();

	await sql`create virtual table comments_fts using fts5(
		text, content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
	)`.execute(db);
	await sql`insert into comments_fts (rowid, text) select id, ${foldedText('text')} from comments`.execute(
		db
	);
	await sql`create trigger comments_fts_insert after insert on comments begin
		insert into comments_fts (rowid, text) values (new.id, ${foldedText('new.text')});
	end`.execute(db);
	await sql`create trigger comments_fts_update after update of text on comments begin
		delete from comments_fts where rowid = old.id;
		insert into comments_fts (rowid, text) values (new.id, ${foldedText('new.text')});
	end`.execute(db);
	await sql`create trigger comments_fts_delete after delete on comments begin
		delete from comments_fts where rowid = old.id;
	end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const trigger of ['comments_fts_delete', 'comments_fts_update', 'comments_fts_insert']) {
		await sql`drop trigger ${sql.raw(trigger)}`.execute(db);
	}
	await sql`drop table comments_fts`.execute(db);
	await db.schema.dropTable('report_versions').execute();
	await db.schema.alterTable('consultations').dropColumn('contact_retention_days').execute();
	for (const table of [
		'rodo_requests',
		'agreement_codings',
		'agreement_items',
		'agreement_coders',
		'agreement_samples',
		'suggestion_outcomes'
	]) {
		await db.schema.dropTable(table).execute();
	}
	await db.schema.alterTable('comment_responses').dropColumn('from_theme_id').execute();
	await db.schema.dropTable('theme_responses').execute();
	await db.schema.dropTable('comment_themes').execute();
	await db.schema.dropTable('comment_areas').execute();
	for (const index of ['comments_assigned', 'comments_parent', 'comments_status']) {
		await db.schema.dropIndex(index).execute();
	}
	for (const column of [
		'erased_at',
		'redacted_by',
		'redacted_text',
		'split_at',
		'parent_id',
		'duplicate_of_id',
		'excluded_reason',
		'assigned_to',
		'coded_at',
		'coded_by',
		'version'
	]) {
		await db.schema.alterTable('comments').dropColumn(column).execute();
	}
}
