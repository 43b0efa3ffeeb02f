import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '$lib/paraglide/runtime';
import type { Database } from '../../db/connect';
import type { Consultation } from '../../db/types';
import { findReportVersion } from '../../repositories/report-versions';
import { reportDocx } from '../../services/report-docx';
import { versionFingerprint } from '../fingerprint';
import { docxFilename } from './response';

export interface PublishedDocx {
	path: string;
	filename: string;
}

/** Two requests for the same file wait for one build. */
const building = new Map<string, Promise<boolean>>();

const exists = (path: string) =>
	access(path).then(
		() => true,
		() => false
	);

/**
 * A published version's DOCX, built once per language and kept on disk: a version never
 * changes, and anyone may ask for it, so it is not rebuilt on every request. Null when the
 * consultation has no such version.
 */
export async function publishedDocx(
	db: Database,
	dir: string,
	consultation: Consultation,
	version: number,
	locale: Locale
): Promise<PublishedDocx | null> {
	const language = locale === 'en' ? 'en' : 'pl';
	const stored = await findReportVersion(db, consultation.id, version);
	if (!stored) return null;
	const key = versionFingerprint(stored);
	const path = join(dir, `${consultation.id}-v${version}-${key}-${language}.docx`);
	const file = { path, filename: docxFilename(consultation.slug, version) };
	if (await exists(path)) return file;
	let pending = building.get(path);
	if (!pending) {
		pending = build(db, consultation, version, language, path).finally(() => building.delete(path));
		building.set(path, pending);
	}
	return (await pending) ? file : null;
}

async function build(
	db: Database,
	consultation: Consultation,
	version: number,
	locale: Locale,
	path: string
): Promise<boolean> {
	const docx = await reportDocx(db, consultation, { version }, undefined, locale);
	if (!docx) return false;
	await mkdir(join(path, '..'), { recursive: true });
	const partial = `${path}.${crypto.randomUUID()}.part`;
	try {
		await writeFile(partial, docx);
		await rename(partial, path);
	} finally {
		await rm(partial, { force: true });
	}
	return true;
}
