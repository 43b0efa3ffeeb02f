import { deviceStatus } from '$lib/domain/devices';
import { generateReceiptCode } from '$lib/domain/receipt';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { hashToken } from '../auth/tokens';
import { recordAudit } from '../repositories/audit';
import {
	findDevice,
	findDeviceByPairingHash,
	insertDevice,
	listEventDevices,
	markRevoked,
	setPairingCode,
	type Device
} from '../repositories/devices';

export const PAIRING_CODE_LIFETIME_MS = 15 * 60 * 1000;

export interface Pairing {
	device: Device;
	/** Shown once to staff as „ABCD-EFGH”; only its SHA-256 is stored. */
	pairingCode: string;
	expiresAt: Date;
}

export function addDevice(
	db: Database,
	event: { id: number },
	name: string,
	userId: number | null,
	now = new Date()
): Promise<Pairing> {
	return inTransaction(db, async (tx) => {
		const device = await insertDevice(tx, { eventId: event.id, name, createdBy: userId });
		await recordAudit(tx, {
			actorUserId: userId,
			action: 'device.create',
			entity: 'device',
			entityId: device.id,
			after: { event_id: event.id, name }
		});
		return { device, ...(await issuePairingCode(tx, device.id, now)) };
	});
}

/** A device still waiting for its tablet gets a fresh code; the old one stops working. */
export function newPairingCode(
	db: Database,
	eventId: number,
	deviceId: number,
	userId: number | null,
	now = new Date()
): Promise<Pairing | 'not_found' | 'not_pending'> {
	return inTransaction(db, async (tx) => {
		const device = await findDevice(tx, eventId, deviceId);
		if (!device) return 'not_found';
		if (deviceStatus(device) !== 'pending') return 'not_pending';
		await recordAudit(tx, {
			actorUserId: userId,
			action: 'device.pairing_code',
			entity: 'device',
			entityId: device.id
		});
		return { device, ...(await issuePairingCode(tx, device.id, now)) };
	});
}

async function issuePairingCode(db: Database, deviceId: number, now: Date) {
	let pairingCode = generateReceiptCode();
	// 40 random bits: a clash with another device's open code is rare, but the hash is unique.
	while (await findDeviceByPairingHash(db, hashToken(pairingCode))) {
		pairingCode = generateReceiptCode();
	}
	const expiresAt = new Date(now.getTime() + PAIRING_CODE_LIFETIME_MS);
	await setPairingCode(db, deviceId, hashToken(pairingCode), expiresAt);
	return { pairingCode, expiresAt };
}

export function revokeDevice(
	db: Database,
	eventId: number,
	deviceId: number,
	userId: number | null,
	now = new Date()
): Promise<Device | null> {
	return inTransaction(db, async (tx) => {
		const device = await findDevice(tx, eventId, deviceId);
		if (!device || device.revoked_at) return device ?? null;
		await markRevoked(tx, device.id, now);
		await recordAudit(tx, {
			actorUserId: userId,
			action: 'device.revoke',
			entity: 'device',
			entityId: device.id,
			before: { name: device.name, status: deviceStatus(device) }
		});
		return device;
	});
}

export async function listDevices(db: Database, eventId: number) {
	const rows = await listEventDevices(db, eventId);
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		status: deviceStatus(row),
		lastSeenAt: row.last_seen_at,
		opinionCount: Number(row.opinion_count ?? 0)
	}));
}
