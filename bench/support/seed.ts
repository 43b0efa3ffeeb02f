import { CompiledQuery } from 'kysely';
import type { Database } from '../../src/lib/server/db/connect';
import { createBenchConsultation } from './consultation';
import { generateOpinions, type BenchContext, type BenchOpinion } from './opinions';

const COMMENT_FIELDS = [
	'uuid',
	'consultation_id',
	'event_id',
	'table_id',
	'channel',
	'text',
	'district',
	'age_band',
	'receipt_code',
	'submitted_at',
	'received_at',
	'status',
	'excluded_reason',
	'language',
	'version',
	'coded_by',
	'coded_at'
] as const satisfies readonly (keyof BenchOpinion['comment'])[];
const COMMENT_COLUMNS = ['id', ...COMMENT_FIELDS];

// 18 values a row × 1 000 rows stays below SQLite's 32 766 bound variables per statement.
const ROWS_PER_STATEMENT = 1000;

export interface BenchSeed {
	context: BenchContext;
	/** Ids of the stored opinions, in generation order. */
	ids: number[];
	seconds: number;
}

/**
 * A consultation with `count` generated opinions, their coding and responses. The rows go in by
 * multi-row statements in one transaction, not through the intake service: 200 000 opinions in
 * seconds. The comments_fts trigger fills the search index as they go.
 */
export async function seedBenchConsultation(
	db: Database,
	count: number,
	options: { seed?: number } = {}
): Promise<BenchSeed> {
	const started = performance.now();
	const seed = options.seed ?? 2026;
	const context = { seed, ...(await createBenchConsultation(db, seed)) };
	const opinions = generateOpinions(count, context);
	const ids = await db.transaction().execute(async (tx) => {
		const last = await tx
			.selectFrom('comments')
			.select((eb) => eb.fn.max('id').as('id'))
			.executeTakeFirst();
		const first = Number(last?.id ?? 0) + 1;
		const ids = opinions.map((_, i) => first + i);
		await insertRows(tx, 'comments', COMMENT_COLUMNS, opinions, (o, i) => [
			ids[i]!,
			...COMMENT_FIELDS.map((field) => o.comment[field])
		]);
		const pairs = (key: 'areaIds' | 'themeIds') =>
			opinions.flatMap((o, i) => o[key].map((code) => [ids[i]!, code]));
		await insertRows(
			tx,
			'comment_areas',
			['comment_id', 'area_id'],
			pairs('areaIds'),
			(row) => row
		);
		await insertRows(
			tx,
			'comment_themes',
			['comment_id', 'theme_id'],
			pairs('themeIds'),
			(row) => row
		);
		const answered = opinions.flatMap((o, i) =>
			o.response ? [[ids[i]!, o.response] as const] : []
		);
		await insertRows(
			tx,
			'comment_responses',
			['comment_id', 'status', 'justification', 'responded_by'],
			answered,
			([id, r]) => [id, r.status, r.justification, r.responded_by]
		);
		return ids;
	});
	return { context, ids, seconds: (performance.now() - started) / 1000 };
}

type Value = string | number | null;

/** Hand-built multi-row inserts: the query builder's compile step would dominate at this size. */
async function insertRows<T>(
	db: Database,
	table: string,
	columns: readonly string[],
	rows: readonly T[],
	values: (row: T, index: number) => Value[]
) {
	const perStatement = Math.floor(ROWS_PER_STATEMENT * (COMMENT_COLUMNS.length / columns.length));
	const placeholders = `(${columns.map(() => '?').join(', ')})`;
	for (let start = 0; start < rows.length; start += perStatement) {
		const chunk = rows.slice(start, start + perStatement);
		const parameters = chunk.flatMap((row, i) => values(row, start + i));
		const text = `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => placeholders).join(', ')}`;
		await db.executeQuery(CompiledQuery.raw(text, parameters));
	}
}

export type { BenchOpinion };
