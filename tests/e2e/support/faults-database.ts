import Sqlite from 'better-sqlite3';
import type { KioskConfig } from '../../../src/lib/domain/kiosk';
import type { Database } from '../../../src/lib/server/db/connect';
import { findConsultationBySlug } from '../../../src/lib/server/repositories/consultations';
import { listEvents } from '../../../src/lib/server/repositories/events';
import { addDevice } from '../../../src/lib/server/services/devices';
import { pairDevice } from '../../../src/lib/server/services/kiosk';
import type { Ledger } from './faults-clients';

export const OPEN_SLUG = 'wspolnota-dzialania';

/** The open consultation's stand, with `count` tablets paired to it as staff and kiosk would. */
export async function pairTablets(db: Database, count: number) {
	const tablets: { token: string; config: KioskConfig; deviceId: number }[] = [];
	for (let i = 1; i <= count; i++) {
		const { pairingCode, deviceId } = await addTablet(db, `Tablet awaryjny ${i}`);
		const paired = await pairDevice(db, pairingCode, '127.0.0.1');
		if (!paired.ok) throw new Error(`Pairing tablet ${i} failed: ${paired.error}`);
		tablets.push({ token: paired.token, config: paired.config, deviceId });
	}
	return tablets;
}

interface StoredRow {
	uuid: string;
	text: string;
	receipt: string | null;
	channel: string;
	areas: number;
}

/** What the database holds after the run, read as the server would after its last start. */
export function readBack(path: string, marker: string) {
	const db = new Sqlite(path);
	try {
		return {
			integrity: String(db.pragma('integrity_check', { simple: true })),
			foreignKeyErrors: db.pragma('foreign_key_check') as unknown[],
			rows: db
				.prepare(
					`select c.uuid, c.text, c.receipt_code as receipt, c.channel,
						(select count(*) from comment_declared_areas a where a.comment_id = c.id) as areas
					from comments c where c.text like ? order by c.id`
				)
				.all(`${marker} %`) as StoredRow[]
		};
	} finally {
		db.close();
	}
}

/** Each acknowledged opinion as stored, exactly once; anything else is listed as a problem. */
export function compare(ledger: Ledger, rows: StoredRow[]) {
	const problems: string[] = [];
	const byText = groupBy(rows, (row) => row.text);
	for (const [text, same] of byText) {
		if (same.length > 1) problems.push(`${same.length} rows of „${text}”`);
	}
	const byUuid = new Map(rows.map((row) => [row.uuid, row]));
	for (const [uuid, sent] of ledger.kiosk) {
		const row = byUuid.get(uuid);
		if (!row) problems.push(`kiosk ${uuid} acknowledged, not stored`);
		else if (row.text !== sent.text || row.areas !== sent.areas || row.channel !== 'kiosk')
			problems.push(`kiosk ${uuid} stored as ${JSON.stringify(row)}`);
	}
	const byReceipt = groupBy(rows, (row) => row.receipt);
	for (const [receipt, text] of ledger.online) {
		const found = byReceipt.get(receipt) ?? [];
		if (found.length !== 1 || found[0]?.text !== text || found[0]?.channel !== 'online')
			problems.push(`online ${receipt} stored as ${JSON.stringify(found)}`);
	}
	return problems;
}

/** Map.groupBy, which Node 20 does not have. */
function groupBy<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}

/** A tablet staff added to the open stand, waiting for its pairing code to be typed. */
export async function addTablet(db: Database, name: string) {
	const consultation = await findConsultationBySlug(db, OPEN_SLUG);
	const [event] = consultation ? await listEvents(db, consultation.id) : [];
	if (!event) throw new Error(`The demo has no event in ${OPEN_SLUG}`);
	const { pairingCode, device } = await addDevice(db, event, name, null);
	return { pairingCode, deviceId: device.id };
}
