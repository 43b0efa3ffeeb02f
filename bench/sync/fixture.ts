import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../scripts/demo/seed';
import { openConsultation } from '../../scripts/demo/wspolnota-open';
import { warsawDate } from '../../src/lib/domain/warsaw-date';
import { openDatabase, type Database } from '../../src/lib/server/db/connect';
import { migrateToLatest } from '../../src/lib/server/db/migrator';
import { findConsultationBySlug } from '../../src/lib/server/repositories/consultations';
import { listEvents } from '../../src/lib/server/repositories/events';
import { addDevice, listDevices } from '../../src/lib/server/services/devices';
import { seedBenchConsultation } from '../support/seed';

export interface Fixture {
	databasePath: string;
	eventId: number;
	/** One per tablet, in the order asked for. */
	pairingCodes: string[];
	/** Opinions stored per device id, read back from the comments table. */
	storedPerDevice(): Promise<Map<number, number>>;
	remove(): void;
}

/**
 * A fresh file database with the demo seeded and `devices` kiosks waiting at its open stand;
 * `opinions` more, generated, in a consultation of their own, make it as large as a city's.
 */
export async function prepareFixture(
	devices: number,
	options: { opinions?: number } = {}
): Promise<Fixture> {
	const dir = mkdtempSync(join(tmpdir(), 'glosy-bench-'));
	const databasePath = join(dir, 'glosy.sqlite');
	const remove = () => rmSync(dir, { recursive: true, force: true });
	try {
		const db = openDatabase(databasePath);
		await migrateToLatest(db);
		await seedDemo(db);
		if (options.opinions) await seedBenchConsultation(db, options.opinions);
		const eventId = await openStand(db);
		const pairingCodes: string[] = [];
		for (let i = 1; i <= devices; i++) {
			// created_by null: the bench, not a member of staff, adds the tablets.
			const pairing = await addDevice(db, { id: eventId }, `Tablet ${i} (bench)`, null);
			pairingCodes.push(pairing.pairingCode);
		}
		await db.destroy();
		return { databasePath, eventId, pairingCodes, storedPerDevice, remove };
	} catch (error) {
		remove();
		throw error;
	}

	async function storedPerDevice() {
		const db = openDatabase(databasePath);
		try {
			const rows = await listDevices(db, await openStand(db));
			return new Map(rows.map((row) => [row.id, row.opinionCount]));
		} finally {
			await db.destroy();
		}
	}
}

async function openStand(db: Database): Promise<number> {
	const slug = openConsultation(warsawDate(new Date())).slug;
	const consultation = await findConsultationBySlug(db, slug);
	if (!consultation) throw new Error(`The demo seed made no consultation ${slug}`);
	const [event] = await listEvents(db, consultation.id);
	if (!event) throw new Error(`The consultation ${slug} has no event for a kiosk`);
	return event.id;
}
