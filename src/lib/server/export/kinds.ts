import { writeFile } from 'node:fs/promises';
import type { ExportUnit } from '$lib/domain/export-jobs';
import type { Locale } from '$lib/paraglide/runtime';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import { writeOpinionsCsv } from './csv';
import type { JobContext } from './jobs';
import { reportDocx } from '../services/report-docx';
import { writeOpinionsXlsx } from './xlsx';

/** One kind of export: how its file is named and served, and how a job writes it. */
export interface ExportKind {
	/** The file is offered as `<prefix>-<slug>-<YYYY-MM-DD>.<kind>`. */
	prefix: string;
	contentType: string;
	unit: ExportUnit;
	run: (db: Database, consultation: Consultation, locale: Locale, job: JobContext) => Promise<void>;
}

/** For a kind whose writer returns the whole file, like `reportDocx(…) → Buffer`. */
export const writesBuffer =
	(
		make: (
			db: Database,
			consultation: Consultation,
			progress: JobContext['progress'],
			locale: Locale
		) => Promise<Uint8Array>
	): ExportKind['run'] =>
	async (db, consultation, locale, { path, progress }) => {
		await writeFile(path, await make(db, consultation, progress, locale));
	};

const kinds = new Map<string, ExportKind>([
	[
		'csv',
		{
			prefix: 'uwagi',
			contentType: 'text/csv; charset=utf-8',
			unit: 'opinions',
			run: (db, consultation, locale, job) => writeOpinionsCsv(db, consultation.id, locale, job)
		}
	],
	[
		'xlsx',
		{
			prefix: 'uwagi',
			contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			unit: 'opinions',
			run: (db, consultation, locale, job) => writeOpinionsXlsx(db, consultation.id, locale, job)
		}
	],
	[
		'docx',
		{
			prefix: 'raport',
			contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			unit: 'steps',
			run: writesBuffer((db, consultation, progress, locale) =>
				reportDocx(db, consultation, null, progress, locale)
			)
		}
	]
]);

/** Adds a kind (the report's DOCX): its name is also the file's extension. */
export function registerExportKind(name: string, kind: ExportKind): void {
	kinds.set(name, kind);
}

export const exportKind = (name: string): ExportKind | undefined => kinds.get(name);

export const exportKindNames = (): string[] => [...kinds.keys()];
