import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/lib/server/db/connect';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateToLatest } from '../src/lib/server/db/migrator';
import { findConsultationBySlug } from '../src/lib/server/repositories/consultations';
import { buildReport } from '../src/lib/server/services/report';
import { reportOpinionPage } from '../src/lib/server/services/report-opinions';
import { publishReport } from '../src/lib/server/services/report-publish';
import { DOCX_TABLE_LIMIT, reportDocx } from '../src/lib/server/services/report-docx';
import { writeOpinionsCsv } from '../src/lib/server/export/csv';
import type { JobContext } from '../src/lib/server/export/jobs';
import { writeOpinionsXlsx } from '../src/lib/server/export/xlsx';
import { BenchFailure, progress } from './log';
import { summarise } from './stats';
import { seedBenchConsultation } from './support/seed';

export const REPORT_PLAN = {
	opinions: 200_000,
	rounds: 10,
	docxRounds: 3,
	goalAggregationMs: 500,
	goalDocxMs: 3000
};

/**
 * The report at 200 000 generated opinions, in process: its aggregation (every figure and
 * chart of the page), a page of the zestawienie at the start and deep in it, the DOCX with its
 * charts, a publication (the figures plus a frozen copy of every row) and the CSV and XLSX of
 * every opinion, each with the longest stretch it held the event loop.
 */
export async function benchReport(plan = REPORT_PLAN): Promise<Record<string, unknown>> {
	const dir = mkdtempSync(join(tmpdir(), 'glosy-report-'));
	const db = openDatabase(join(dir, 'bench.sqlite'));
	try {
		await migrateToLatest(db);
		progress(`Report: generating ${plan.opinions} opinions`);
		await seedBenchConsultation(db, plan.opinions);
		const consultation = await onlyConsultation(db);
		progress(`Report: aggregation × ${plan.rounds}`);
		const aggregation: number[] = [];
		let opinions = 0;
		for (let round = 0; round < plan.rounds; round++) {
			const started = performance.now();
			opinions = (await buildReport(db, consultation)).figures.opinions;
			aggregation.push(performance.now() - started);
		}
		const pages = { first: [] as number[], deep: [] as number[] };
		for (let round = 0; round < plan.rounds; round++) {
			for (const [name, page] of [
				['first', 1],
				['deep', 1500]
			] as const) {
				const started = performance.now();
				await reportOpinionPage(db, consultation.id, null, opinions, page);
				pages[name].push(performance.now() - started);
			}
		}
		progress(`Report: DOCX × ${plan.docxRounds}`);
		const docx: Awaited<ReturnType<typeof timedWithLoopDelay>>[] = [];
		let docxBytes = 0;
		for (let round = 0; round < plan.docxRounds; round++) {
			docx.push(
				await timedWithLoopDelay(async () => {
					docxBytes = (await reportDocx(db, consultation, null)).length;
				})
			);
		}
		const docxTimes = summarise(docx.map((d) => d.ms));
		progress('Report: publishing version 1');
		const publish = await timedWithLoopDelay(() => publishReport(db, null, consultation));
		progress('Report: CSV and XLSX of every opinion');
		const exports = {
			csv: await timedExport(dir, 'csv', (job) => writeOpinionsCsv(db, consultation.id, 'pl', job)),
			xlsx: await timedExport(dir, 'xlsx', (job) =>
				writeOpinionsXlsx(db, consultation.id, 'pl', job)
			)
		};
		const summary = summarise(aggregation);
		return {
			opinions: plan.opinions,
			counted: opinions,
			aggregation: {
				...summary,
				goalMs: plan.goalAggregationMs,
				met: summary.p95Ms <= plan.goalAggregationMs
			},
			opinionPage: { first: summarise(pages.first), page1500: summarise(pages.deep) },
			docx: {
				...docxTimes,
				tableRows: DOCX_TABLE_LIMIT,
				bytes: docxBytes,
				eventLoopMaxDelayMs: Math.max(...docx.map((d) => d.eventLoopMaxDelayMs)),
				goalMs: plan.goalDocxMs,
				met: docxTimes.p95Ms <= plan.goalDocxMs
			},
			publish,
			exports
		};
	} finally {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	}
}

async function timedExport(dir: string, kind: string, write: (job: JobContext) => Promise<void>) {
	const path = join(dir, `export.${kind}`);
	const timed = await timedWithLoopDelay(() => write({ path, progress: () => {} }));
	return { ...timed, megabytes: Math.round(statSync(path).size / 1e5) / 10 };
}

async function onlyConsultation(db: Database) {
	const row = await db.selectFrom('consultations').select('slug').executeTakeFirst();
	const consultation = row && (await findConsultationBySlug(db, row.slug));
	if (!consultation) throw new BenchFailure('the seeded consultation is missing');
	return consultation;
}

/** Wall time of a long task and the longest stretch it held the event loop (what others wait). */
export async function timedWithLoopDelay(task: () => Promise<unknown>) {
	const delay = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	const started = performance.now();
	await task();
	const ms = performance.now() - started;
	delay.disable();
	return {
		ms: Math.round(ms),
		eventLoopMaxDelayMs: Math.round(delay.max / 1e6),
		eventLoopP99DelayMs: Math.round(delay.percentile(99) / 1e6)
	};
}
