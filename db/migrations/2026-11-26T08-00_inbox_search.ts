import { sql, type Kysely } from 'kysely';

/**
 * Whether an opinion has areas, themes and a response, kept on its row by triggers: the inbox's
 * „no area”, „no theme”, „no response” filters and their counts then read the inbox indexes
 * alone, instead of looking every opinion of the consultation up in another table (at 200 000
 * opinions: 35–40 ms a query before, about 13 after).
 */
const COUNTERS = [
	{
		column: 'area_count',
		table: 'comment_areas',
		added: 'area_count + 1',
		removed: 'area_count - 1'
	},
	{
		column: 'theme_count',
		table: 'comment_themes',
		added: 'theme_count + 1',
		removed: 'theme_count - 1'
	},
	{ column: 'responded', table: 'comment_responses', added: '1', removed: '0' }
] as const;

const INBOX = [
	'consultation_id',
	'received_at',
	'id',
	'status',
	'split_at',
	'channel',
	'event_id',
	'table_id',
	'district',
	'age_band',
	'coded_by',
	'assigned_to'
];
const COUNTED = COUNTERS.map((c) => c.column);
/**
 * The same columns keyed by id: a search or an area yields opinion ids, and this index answers
 * „is this one under the filters, and when did it arrive?” without reading the rows and their
 * long texts (about 0.2 µs an id instead of 0.6), so a small set is never met by a walk through the
 * whole consultation.
 */
const BY_ID = ['id', ...INBOX.filter((c) => c !== 'id'), ...COUNTED];

// As in the coding migration: FTS5's unicode61 folds ą, ę, ó, ś… but not ł.
const foldedText = sql.raw(`replace(replace(text, 'ł', 'l'), 'Ł', 'L')`);

/**
 * Rebuilds the search index with a one-letter prefix index too: a query term is a prefix, and
 * Polish queries are full of „w”, „z”, „i”, „o”; without it „w parku” merged the postings of
 * every word starting with w (50 ms at 200 000 opinions; 6 ms with it). The triggers that keep
 * the index in step with comments.text name the table only, so they carry on unchanged.
 */
async function rebuildSearchIndex(db: Kysely<any>, prefix: string) {
	await sql`drop table comments_fts`.execute(db);
	await sql`create virtual table comments_fts using fts5(
		text, content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2', prefix=${sql.lit(prefix)}
	)`.execute(db);
	await sql`insert into comments_fts (rowid, text) select id, ${foldedText} from comments`.execute(
		db
	);
}

async function addCounter(
	db: Kysely<any>,
	{ column, table, added, removed }: (typeof COUNTERS)[number]
) {
	await db.schema
		.alterTable('comments')
		.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	const set = (value: string, id: string) =>
		sql.raw(`update comments set ${column} = ${value} where id = ${id};`);
	await sql`create trigger ${sql.raw(`${table}_count_insert`)} after insert on ${sql.table(table)}
		begin ${set(added, 'new.comment_id')} end`.execute(db);
	await sql`create trigger ${sql.raw(`${table}_count_delete`)} after delete on ${sql.table(table)}
		begin ${set(removed, 'old.comment_id')} end`.execute(db);
	await sql`create trigger ${sql.raw(`${table}_count_update`)}
		after update of comment_id on ${sql.table(table)}
		begin ${set(removed, 'old.comment_id')} ${set(added, 'new.comment_id')} end`.execute(db);
	const count =
		column === 'responded'
			? sql`1`
			: sql`(select count(*) from ${sql.table(table)} k where k.comment_id = comments.id)`;
	await sql`update comments set ${sql.ref(column)} = ${count}
		where id in (select comment_id from ${sql.table(table)})`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
	for (const counter of COUNTERS) await addCounter(db, counter);
	await db.schema.dropIndex('comments_inbox').execute();
	await db.schema
		.createIndex('comments_inbox')
		.on('comments')
		.columns([...INBOX, ...COUNTED])
		.execute();
	await db.schema.createIndex('comments_inbox_id').on('comments').columns(BY_ID).execute();
	await rebuildSearchIndex(db, '1 2 3 4');
}

export async function down(db: Kysely<any>): Promise<void> {
	await rebuildSearchIndex(db, '2 3 4');
	await db.schema.dropIndex('comments_inbox_id').execute();
	await db.schema.dropIndex('comments_inbox').execute();
	await db.schema.createIndex('comments_inbox').on('comments').columns(INBOX).execute();
	for (const { column, table } of COUNTERS) {
		for (const event of ['insert', 'delete', 'update']) {
			await sql`drop trigger ${sql.raw(`${table}_count_${event}`)}`.execute(db);
		}
		await db.schema.alterTable('comments').dropColumn(column).execute();
	}
}
