import { sql, type Kysely } from 'kysely';

// As in the coding migration: FTS5's unicode61 folds ą, ę, ó, ś… but not ł.
const foldedText = (ref: string) => sql.raw(`replace(replace(${ref}, 'ł', 'l'), 'Ł', 'L')`);
/** One token naming the opinion's consultation, e.g. `k12`; the search's scope column holds it. */
const scopeToken = (ref: string) => sql.raw(`'k' || ${ref}`);

const TRIGGERS = ['comments_fts_insert', 'comments_fts_update', 'comments_fts_delete'];

/**
 * The search index, with or without the consultation as a second column (`scope`).
 *
 * Without it, a search matched the opinions of every consultation and each match was then looked
 * up in the comments to keep those of the one at hand: at 200 000 opinions, „park” (74 000
 * matches) spent 35 of its 40 ms on those look-ups, and a small consultation paid for every
 * large one. With it, FTS5 intersects the words' postings with the consultation's inside the
 * index (counting „park” takes about 12 ms), and a search alone is counted there.
 */
async function rebuildSearchIndex(db: Kysely<any>, scoped: boolean) {
	for (const trigger of TRIGGERS) await sql`drop trigger ${sql.raw(trigger)}`.execute(db);
	await sql`drop table comments_fts`.execute(db);
	const columns = scoped ? sql`text, scope` : sql`text`;
	await sql`create virtual table comments_fts using fts5(
		${columns}, content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4'
	)`.execute(db);
	const values = (row: 'new' | 'comments') =>
		scoped
			? sql`${foldedText(`${row}.text`)}, ${scopeToken(`${row}.consultation_id`)}`
			: foldedText(`${row}.text`);
	const insert = (row: 'new' | 'comments') =>
		sql`insert into comments_fts (rowid, ${columns}) ${
			row === 'new'
				? sql`values (new.id, ${values(row)})`
				: sql`select id, ${values(row)} from comments`
		}`;
	await insert('comments').execute(db);
	await sql`create trigger comments_fts_insert after insert on comments begin
		${insert('new')};
	end`.execute(db);
	const changes = scoped ? sql`text, consultation_id` : sql`text`;
	await sql`create trigger comments_fts_update after update of ${changes} on comments begin
		delete from comments_fts where rowid = old.id;
		${insert('new')};
	end`.execute(db);
	await sql`create trigger comments_fts_delete after delete on comments begin
		delete from comments_fts where rowid = old.id;
	end`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
	await rebuildSearchIndex(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
	await rebuildSearchIndex(db, false);
}
