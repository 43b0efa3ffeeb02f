import type { Selectable } from 'kysely';
import type { Database } from '../db/connect';
import type { DB } from '../db/schema.gen';

export type Device = Selectable<DB['devices']>;

export async function insertDevice(
	db: Database,
	device: { eventId: number; name: string; createdBy: number | null }
): Promise<Device> {
	return db
		.insertInto('devices')
		.values({ event_id: device.eventId, name: device.name, created_by: device.createdBy })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export function findDevice(db: Database, eventId: number, id: number) {
	return db
		.selectFrom('devices')
		.selectAll()
		.where('event_id', '=', eventId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** A device with the consultation its event belongs to: what a tablet may send to. */
function devicesWithConsultation(db: Database) {
	return db
		.selectFrom('devices')
		.innerJoin('events', 'events.id', 'devices.event_id')
		.select([
			'devices.id',
			'devices.name',
			'devices.event_id',
			'devices.revoked_at',
			'events.consultation_id'
		]);
}

export function findDeviceByTokenHash(db: Database, tokenHash: string) {
	return devicesWithConsultation(db).where('devices.token_hash', '=', tokenHash).executeTakeFirst();
}

export function findDeviceByPairingHash(db: Database, codeHash: string) {
	return devicesWithConsultation(db)
		.select(['devices.token_hash', 'devices.pairing_expires_at'])
		.where('devices.pairing_code_hash', '=', codeHash)
		.executeTakeFirst();
}

export async function setPairingCode(db: Database, id: number, codeHash: string, expiresAt: Date) {
	await db
		.updateTable('devices')
		.set({ pairing_code_hash: codeHash, pairing_expires_at: expiresAt.toISOString() })
		.where('id', '=', id)
		.execute();
}

/** The code is spent: clearing its hash makes a second use look like an unknown code. */
export async function markPaired(db: Database, id: number, tokenHash: string, at: Date) {
	await db
		.updateTable('devices')
		.set({
			token_hash: tokenHash,
			paired_at: at.toISOString(),
			pairing_code_hash: null,
			pairing_expires_at: null
		})
		.where('id', '=', id)
		.execute();
}

export async function markRevoked(db: Database, id: number, at: Date) {
	await db
		.updateTable('devices')
		.set({ revoked_at: at.toISOString(), pairing_code_hash: null, pairing_expires_at: null })
		.where('id', '=', id)
		.where('revoked_at', 'is', null)
		.execute();
}

/**
 * Staff read "last sync" to the minute; skipping a write when the last one is under 30 s old spares
 * a tablet sending opinion after opinion one disk flush per request.
 */
export async function touchDevice(db: Database, id: number, at: Date) {
	const fresh = new Date(at.getTime() - 30_000).toISOString();
	await db
		.updateTable('devices')
		.set({ last_seen_at: at.toISOString() })
		.where('id', '=', id)
		.where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', fresh)]))
		.execute();
}

export function listEventDevices(db: Database, eventId: number) {
	return db
		.selectFrom('devices')
		.select(['id', 'name', 'revoked_at', 'pairing_expires_at', 'paired_at', 'last_seen_at'])
		.select((eb) =>
			eb
				.selectFrom('comments')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('comments.entered_by_device_id', '=', 'devices.id')
				.as('opinion_count')
		)
		.where('event_id', '=', eventId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

/** What the tablet shows and the intake checks: the device's event and consultation. */
export function findKioskContext(db: Database, eventId: number) {
	return db
		.selectFrom('events')
		.innerJoin('consultations', 'consultations.id', 'events.consultation_id')
		.select([
			'events.id as event_id',
			'events.title as event_title',
			'consultations.id as consultation_id',
			'consultations.title',
			'consultations.status',
			'consultations.opens_on',
			'consultations.closes_on',
			'consultations.rodo_clause'
		])
		.where('events.id', '=', eventId)
		.executeTakeFirstOrThrow();
}
