import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) =>
			c.notNull().check(sql`role in ('admin', 'analyst', 'facilitator')`)
		)
		.addColumn('password_hash', 'text')
		.addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey().notNull())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('invitations')
		.addColumn('id', 'text', (c) => c.primaryKey().notNull())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.createTable('login_failures')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('login_failures_key_at')
		.on('login_failures')
		.columns(['key', 'at'])
		.execute();

	await db.schema
		.createTable('consultations')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('vision_text', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('opens_on', 'text')
		.addColumn('closes_on', 'text')
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('draft')
				.check(sql`status in ('draft', 'open', 'closed')`)
		)
		.addColumn('rodo_clause', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.createTable('questions')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('text', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('questions_consultation')
		.on('questions')
		.columns(['consultation_id', 'position'])
		.execute();

	await db.schema
		.createTable('areas')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('code', 'integer', (c) => c.notNull())
		.addColumn('name_pl', 'text', (c) => c.notNull())
		.addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('colour', 'text', (c) => c.notNull().defaultTo('#1f5fa8'))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addUniqueConstraint('areas_consultation_code', ['consultation_id', 'code'])
		.execute();

	await db.schema
		.createTable('themes')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('area_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('retired_at', 'text')
		.addColumn('merged_into_id', 'integer', (c) => c.references('themes.id').onDelete('set null'))
		.addUniqueConstraint('themes_consultation_name', ['consultation_id', 'name'])
		.execute();

	await db.schema
		.createTable('events')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('open_meeting', 'neighbour_day', 'workshop', 'online')`)
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('district', 'text')
		.addColumn('organiser', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('starts_at', 'text')
		.addColumn('ends_at', 'text')
		.addColumn('participants_count', 'integer')
		.addColumn('accessibility_notes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('events_consultation')
		.on('events')
		.columns(['consultation_id', 'starts_at'])
		.execute();

	await db.schema
		.createTable('meeting_tables')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('event_id', 'integer', (c) =>
			c.notNull().references('events.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('area_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
		.addColumn('participants_count', 'integer')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('meeting_tables_event')
		.on('meeting_tables')
		.column('event_id')
		.execute();

	await db.schema
		.createTable('devices')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('event_id', 'integer', (c) =>
			c.notNull().references('events.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.unique())
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('last_seen_at', 'text')
		.addColumn('revoked_at', 'text')
		.execute();

	await db.schema
		.createTable('comments')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('uuid', 'text', (c) => c.notNull().unique())
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('event_id', 'integer', (c) => c.references('events.id').onDelete('set null'))
		.addColumn('table_id', 'integer', (c) => c.references('meeting_tables.id').onDelete('set null'))
		.addColumn('channel', 'text', (c) =>
			c.notNull().check(sql`channel in ('kiosk', 'meeting', 'online', 'email', 'paper', 'import')`)
		)
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('district', 'text')
		.addColumn('age_band', 'text')
		.addColumn('receipt_code', 'text', (c) => c.unique())
		.addColumn('submitted_at', 'text')
		.addColumn('received_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('entered_by_user_id', 'integer', (c) =>
			c.references('users.id').onDelete('set null')
		)
		.addColumn('entered_by_device_id', 'integer', (c) =>
			c.references('devices.id').onDelete('set null')
		)
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('received')
				.check(sql`status in ('received', 'coded', 'excluded')`)
		)
		.execute();
	await db.schema
		.createIndex('comments_consultation')
		.on('comments')
		.columns(['consultation_id', 'received_at'])
		.execute();
	await db.schema.createIndex('comments_event').on('comments').column('event_id').execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement().notNull())
		.addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('actor_device_id', 'integer', (c) => c.references('devices.id').onDelete('set null'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text')
		.addColumn('before_json', 'text')
		.addColumn('after_json', 'text')
		.execute();
	await db.schema
		.createIndex('audit_log_entity')
		.on('audit_log')
		.columns(['entity', 'entity_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'audit_log',
		'comments',
		'devices',
		'meeting_tables',
		'events',
		'themes',
		'areas',
		'questions',
		'consultations',
		'login_failures',
		'invitations',
		'sessions',
		'users'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
