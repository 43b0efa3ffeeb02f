import { createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { versionFingerprint } from '../report/fingerprint';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { ReportOpinionRow } from '$lib/domain/report';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import { findReportVersion } from '../repositories/report-versions';
import { reportOpinionSlices } from '../services/report-opinions';
import { CSV_OPTIONS } from './csv';
import { neutralise } from './neutralise';
import { OPEN_DATA_COLUMNS, openDataReadme } from './open-data-readme';

export interface OpenDataFile {
	path: string;
	filename: string;
}

const csvRow = (row: ReportOpinionRow) =>
	[
		row.lp,
		row.id,
		row.receivedAt,
		row.channel,
		row.speakerKind,
		row.district,
		row.areas.map((a) => a.code).join('; '),
		row.areas.map((a) => a.name).join('; '),
		row.themes.join('; '),
		row.text,
		row.status,
		row.justification
	].map(neutralise);

/** Building twice at once would only waste work: the second request waits for the first. */
const building = new Map<string, Promise<void>>();

/**
 * The open-data ZIP of a published version, built once and kept on disk: a version never
 * changes. Null when the consultation has no such version.
 */
export async function openDataZip(
	db: Database,
	dir: string,
	consultation: Pick<Consultation, 'id' | 'slug' | 'title'>,
	version: number,
	reportUrl: string
): Promise<OpenDataFile | null> {
	const stored = await findReportVersion(db, consultation.id, version);
	if (!stored) return null;
	const path = join(dir, `${consultation.id}-v${version}-${versionFingerprint(stored)}.zip`);
	const filename = `raport-${consultation.slug}-v${version}-dane.zip`;
	if (
		await access(path).then(
			() => true,
			() => false
		)
	)
		return { path, filename };
	let pending = building.get(path);
	if (!pending) {
		pending = build(db, consultation, stored, path, reportUrl).finally(() => building.delete(path));
		building.set(path, pending);
	}
	await pending;
	return { path, filename };
}

async function build(
	db: Database,
	consultation: Pick<Consultation, 'id' | 'title'>,
	stored: { version: number; published_at: string; snapshot_json: string },
	path: string,
	reportUrl: string
) {
	await mkdir(join(path, '..'), { recursive: true });
	const partial = `${path}.${crypto.randomUUID()}.part`;
	const mtime = new Date(stored.published_at);
	try {
		await writeZip(partial, async (add) => {
			add('report.json', mtime).push(strToU8(stored.snapshot_json), true);
			const csv = add('opinions.csv', mtime);
			csv.push(strToU8(stringify([OPEN_DATA_COLUMNS.map(([name]) => name)], CSV_OPTIONS)));
			const slices = reportOpinionSlices(db, consultation.id, { version: stored.version });
			for await (const slice of slices) {
				csv.push(strToU8(stringify(slice.map(csvRow), { ...CSV_OPTIONS, bom: false })));
			}
			csv.push(new Uint8Array(0), true);
			const readme = openDataReadme({
				title: consultation.title,
				version: stored.version,
				publishedAt: stored.published_at,
				reportUrl
			});
			add('README.md', mtime).push(strToU8(readme), true);
		});
		await rename(partial, path);
	} finally {
		await rm(partial, { force: true });
	}
}

type AddFile = (name: string, mtime: Date) => ZipDeflate;

/** Streams a ZIP to a file: entries are compressed as their chunks come, not held whole. */
async function writeZip(path: string, fill: (add: AddFile) => Promise<void>) {
	const out = createWriteStream(path);
	const zip = new Zip();
	const written = new Promise<void>((resolve, reject) => {
		out.on('error', reject);
		zip.ondata = (error, chunk, final) => {
			if (error) return reject(error);
			out.write(chunk);
			if (final) out.end(resolve);
		};
	});
	try {
		await fill((name, mtime) => {
			const entry = new ZipDeflate(name, { level: 6 });
			entry.mtime = mtime;
			zip.add(entry);
			return entry;
		});
		zip.end();
	} catch (cause) {
		zip.terminate();
		out.destroy();
		throw cause;
	}
	await written;
}
