import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARSAW_DISTRICTS } from '../src/lib/domain/districts';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateToLatest } from '../src/lib/server/db/migrator';
import { insertUser } from '../src/lib/server/repositories/users';
import { saveArea } from '../src/lib/server/services/codebook';
import { createConsultation } from '../src/lib/server/services/consultations';
import { importTable, saveUpload } from '../src/lib/server/services/table-import';
import { BenchFailure, progress } from './log';

export const TABLE_IMPORT_PLAN = { rows: 100_000, goalSeconds: 5 };

const AGES = ['18–29', '30–44', '45–59', '60–74', '75+', 'poniżej 18'];

/** A semicolon CSV of transcribed cards, every row valid, with Polish letters throughout. */
function cardsCsv(rows: number): Uint8Array {
	const lines = ['Treść uwagi;Dzielnica;Wiek;Obszar;Data wpływu'];
	for (let i = 0; i < rows; i++) {
		const district = WARSAW_DISTRICTS[i % WARSAW_DISTRICTS.length]?.name ?? '';
		const area = (i % 3) + 1;
		const day = String((i % 28) + 1).padStart(2, '0');
		lines.push(
			`"Karta ${i}: więcej ławek, zieleni i spotkań; sąsiedzi się poznają";${district};${AGES[i % AGES.length]};${area};${day}.05.2018`
		);
	}
	return new TextEncoder().encode(lines.join('\r\n'));
}

const seconds = (from: number) => Math.round(performance.now() - from) / 1000;

/** Parse, validate and store 100,000 rows into a fresh migrated SQLite file. */
export async function benchTableImport(plan = TABLE_IMPORT_PLAN): Promise<Record<string, unknown>> {
	const dir = mkdtempSync(join(tmpdir(), 'glosy-table-'));
	const db = openDatabase(join(dir, 'bench.sqlite'));
	try {
		await migrateToLatest(db);
		const userId = await insertUser(db, {
			email: 'bench@example.org',
			displayName: 'Bench',
			role: 'analyst'
		});
		const consultation = await createConsultation(
			db,
			{
				title: 'Bench',
				slug: 'bench',
				description: '',
				vision_text: '',
				questions: [],
				opens_on: null,
				closes_on: null,
				status: 'open',
				rodo_clause: ''
			},
			null
		);
		if (!consultation.ok) throw new BenchFailure('consultation not created');
		for (const code of [1, 2, 3]) {
			await saveArea(
				db,
				consultation.id,
				null,
				{
					code,
					name_pl: `Obszar ${code}`,
					name_en: `Area ${code}`,
					description: '',
					colour: '#1f5fa8'
				},
				null
			);
		}
		const bytes = cardsCsv(plan.rows);
		progress(`Importing ${plan.rows} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`);

		let start = performance.now();
		const saved = await saveUpload(db, {
			consultationId: consultation.id,
			userId,
			filename: 'bench.csv',
			bytes
		});
		if (!saved.ok) throw new BenchFailure(`upload refused: ${saved.error.code}`);
		const uploadSeconds = seconds(start);

		start = performance.now();
		const mapping = { text: 0, district: 1, age_band: 2, areas: 3, submitted_on: 4 };
		const key = { id: saved.id, consultationId: consultation.id, userId };
		const result = await importTable(db, { key, mapping, channel: 'paper', eventId: null });
		const importSeconds = seconds(start);
		if (!result.ok || result.count !== plan.rows) {
			throw new BenchFailure(`import failed: ${JSON.stringify(result).slice(0, 300)}`);
		}
		return {
			plan,
			megabytes: Math.round(bytes.length / 1024 / 102.4) / 10,
			uploadSeconds,
			importSeconds,
			rowsPerSecond: Math.round(plan.rows / importSeconds),
			withinGoal: uploadSeconds + importSeconds <= plan.goalSeconds
		};
	} finally {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	}
}
