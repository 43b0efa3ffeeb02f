import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECEIPT_CODE_PATTERN } from '$lib/domain/receipt';
import type { Database } from '../db/connect';
import { hashToken } from '../auth/tokens';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import {
	makeConsultation,
	makeDevice,
	makeEvent,
	makeKiosk,
	makeUser,
	opinionItem
} from '../testing/factories';
import { authenticateDevice, pairDevice } from './kiosk';
import { receiveOpinions } from './kiosk-opinions';
import * as sut from './devices';

const start = new Date('2026-06-05T10:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60 * 1000);

describe('devices service', () => {
	let db: Database;
	let event: { id: number; consultation_id: number };
	beforeEach(async () => {
		db = await createTestDb();
		event = await makeEvent(db, (await makeConsultation(db, { status: 'open' })).id);
	});
	afterEach(async () => db.destroy());

	const deviceRow = (id: number) =>
		db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

	describe('addDevice', () => {
		it('issues a pairing code for 15 minutes and stores only its hash', async () => {
			const facilitator = await makeUser(db, 'facilitator');

			const added = await sut.addDevice(db, event, 'Tablet 1', facilitator.id, start);

			expect(added.pairingCode).toMatch(RECEIPT_CODE_PATTERN);
			expect(added.expiresAt).toEqual(minutes(15));
			const row = await deviceRow(added.device.id);
			expect(row).toMatchObject({
				event_id: event.id,
				name: 'Tablet 1',
				created_by: facilitator.id,
				token_hash: null,
				pairing_code_hash: hashToken(added.pairingCode),
				pairing_expires_at: minutes(15).toISOString()
			});
			expect(JSON.stringify(row)).not.toContain(added.pairingCode);
			const [entry] = await listAudit(db, 'device', added.device.id);
			expect(entry).toMatchObject({ action: 'device.create', actor_user_id: facilitator.id });
			expect(entry?.after_json).not.toContain(added.pairingCode);
		});
	});

	describe('newPairingCode', () => {
		it('replaces the code of a device still waiting, so the old one stops working', async () => {
			const first = await makeDevice(db, event.id, { now: start });

			const second = await sut.newPairingCode(db, event.id, first.device.id, null, minutes(20));

			if (typeof second === 'string') throw new Error(second);
			expect(second.pairingCode).not.toBe(first.pairingCode);
			expect(second.expiresAt).toEqual(minutes(35));
			expect((await pairDevice(db, first.pairingCode, '192.0.2.9', minutes(21))).ok).toBe(false);
			expect((await pairDevice(db, second.pairingCode, '192.0.2.9', minutes(21))).ok).toBe(true);
		});

		it('refuses a paired device, a revoked one and one of another event', async () => {
			const kiosk = await makeKiosk(db);
			const revoked = await makeDevice(db, event.id);
			await sut.revokeDevice(db, event.id, revoked.device.id, null);
			const otherEvent = await makeEvent(db, event.consultation_id);

			expect(await sut.newPairingCode(db, kiosk.event.id, kiosk.device.id, null)).toBe(
				'not_pending'
			);
			expect(await sut.newPairingCode(db, event.id, revoked.device.id, null)).toBe('not_pending');
			expect(await sut.newPairingCode(db, otherEvent.id, revoked.device.id, null)).toBe(
				'not_found'
			);
		});
	});

	describe('revokeDevice', () => {
		it('revokes a device of the event once, recording who did it', async () => {
			const admin = await makeUser(db, 'admin');
			const { device } = await makeDevice(db, event.id);

			expect(await sut.revokeDevice(db, event.id, device.id, admin.id, minutes(1))).toMatchObject({
				id: device.id
			});
			await sut.revokeDevice(db, event.id, device.id, admin.id, minutes(2));

			expect(await deviceRow(device.id)).toMatchObject({
				revoked_at: minutes(1).toISOString(),
				pairing_code_hash: null
			});
			const actions = (await listAudit(db, 'device', device.id)).map((a) => a.action);
			expect(actions).toEqual(['device.create', 'device.revoke']);
		});

		it('returns null for a device of another event and leaves it alone', async () => {
			const otherEvent = await makeEvent(db, event.consultation_id);
			const { device } = await makeDevice(db, otherEvent.id);

			expect(await sut.revokeDevice(db, event.id, device.id, null)).toBeNull();
			expect((await deviceRow(device.id)).revoked_at).toBeNull();
		});
	});

	describe('listDevices', () => {
		it("lists an event's devices with their status, last contact and opinions sent", async () => {
			const kiosk = await makeKiosk(db);
			const waiting = await makeDevice(db, kiosk.event.id, { name: 'Tablet 2' });
			const revoked = await makeDevice(db, kiosk.event.id, { name: 'Tablet 3' });
			await sut.revokeDevice(db, kiosk.event.id, revoked.device.id, null);
			const items = [opinionItem(), opinionItem(), opinionItem()];
			const tablet = await authenticateDevice(db, kiosk.token, minutes(30));
			if (typeof tablet === 'string') throw new Error(tablet);
			await receiveOpinions(db, tablet, { eventId: kiosk.event.id, items }, minutes(30));
			await makeDevice(db, event.id, { name: 'Tablet innego wydarzenia' });

			const devices = await sut.listDevices(db, kiosk.event.id);

			expect(devices).toEqual([
				{
					id: kiosk.device.id,
					name: kiosk.device.name,
					status: 'active',
					lastSeenAt: minutes(30).toISOString(),
					opinionCount: 3
				},
				{
					id: waiting.device.id,
					name: 'Tablet 2',
					status: 'pending',
					lastSeenAt: null,
					opinionCount: 0
				},
				{
					id: revoked.device.id,
					name: 'Tablet 3',
					status: 'revoked',
					lastSeenAt: null,
					opinionCount: 0
				}
			]);
		});
	});
});
