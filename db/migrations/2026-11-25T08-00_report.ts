import type { Kysely } from 'kysely';

/**
 * A published report's table of opinions (zestawienie uwag), frozen with the report: the public
 * page pages through it and later coding or redaction does not change it. Its rows are written
 * in slices before the report_versions row that makes them visible, so a publication cut short
 * leaves nothing a reader can see; the next publication removes such leftovers.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('report_opinions')
		.addColumn('consultation_id', 'integer', (c) =>
			c.notNull().references('consultations.id').onDelete('cascade')
		)
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('lp', 'integer', (c) => c.notNull())
		.addColumn('comment_id', 'integer', (c) => c.notNull())
		.addColumn('received_at', 'text', (c) => c.notNull())
		.addColumn('channel', 'text', (c) => c.notNull())
		.addColumn('speaker_kind', 'text')
		.addColumn('district', 'text')
		.addColumn('areas_json', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('themes_json', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('response_status', 'text')
		.addColumn('justification', 'text', (c) => c.notNull().defaultTo(''))
		.addPrimaryKeyConstraint('report_opinions_pk', ['consultation_id', 'version', 'lp'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('report_opinions').execute();
}
