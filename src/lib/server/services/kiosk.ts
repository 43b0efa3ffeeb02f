import type { KioskConfig } from '$lib/domain/kiosk';
import { normaliseReceiptCode } from '$lib/domain/receipt';
import { warsawDate } from '$lib/domain/warsaw-date';
import type { Database } from '../db/connect';
import { inTransaction } from '../db/transaction';
import { pairingRetryAfter, recordPairingFailure } from '../auth/pairing-throttle';
import { generateToken, hashToken } from '../auth/tokens';
import { recordAudit } from '../repositories/audit';
import { listAreas } from '../repositories/codebook';
import { listQuestions } from '../repositories/consultations';
import {
	findDeviceByPairingHash,
	findDeviceByTokenHash,
	findKioskContext,
	markPaired,
	markRevoked,
	touchDevice
} from '../repositories/devices';
import { isAcceptingOpinions } from './consultations';

/** A paired, not revoked device, as the bearer token identifies it. */
export interface KioskDevice {
	id: number;
	name: string;
	event_id: number;
	consultation_id: number;
}

export type PairResult =
	| { ok: true; token: string; config: KioskConfig }
	| { ok: false; error: 'pairing_code_invalid' }
	| { ok: false; error: 'too_many_attempts'; retryAfterSeconds: number };

export function pairDevice(db: Database, code: string, ip: string, now = new Date()) {
	return inTransaction(db, async (tx): Promise<PairResult> => {
		const retryAfterSeconds = await pairingRetryAfter(tx, ip, now);
		if (retryAfterSeconds > 0) return { ok: false, error: 'too_many_attempts', retryAfterSeconds };
		const normalised = normaliseReceiptCode(code);
		const device = normalised && (await findDeviceByPairingHash(tx, hashToken(normalised)));
		const usable =
			device &&
			!device.revoked_at &&
			!device.token_hash &&
			device.pairing_expires_at !== null &&
			now < new Date(device.pairing_expires_at);
		if (!usable) {
			await recordPairingFailure(tx, ip, now);
			return { ok: false, error: 'pairing_code_invalid' };
		}
		const token = generateToken();
		await markPaired(tx, device.id, hashToken(token), now);
		await recordAudit(tx, {
			actorDeviceId: device.id,
			action: 'device.pair',
			entity: 'device',
			entityId: device.id
		});
		return { ok: true, token, config: await kioskConfig(tx, device, now) };
	});
}

export async function authenticateDevice(
	db: Database,
	token: string | null,
	now = new Date()
): Promise<KioskDevice | 'device_unknown' | 'device_revoked'> {
	if (!token) return 'device_unknown';
	const device = await findDeviceByTokenHash(db, hashToken(token));
	if (!device) return 'device_unknown';
	if (device.revoked_at) return 'device_revoked';
	await touchDevice(db, device.id, now);
	const { id, name, event_id, consultation_id } = device;
	return { id, name, event_id, consultation_id };
}

export async function kioskConfig(
	db: Database,
	device: Pick<KioskDevice, 'id' | 'name' | 'event_id'>,
	now = new Date()
): Promise<KioskConfig> {
	const context = await findKioskContext(db, device.event_id);
	const questions = await listQuestions(db, context.consultation_id);
	const areas = await listAreas(db, context.consultation_id);
	return {
		device: { id: device.id, name: device.name },
		event: { id: context.event_id, title: context.event_title },
		consultation: {
			title: context.title,
			accepting: isAcceptingOpinions(context, warsawDate(now)),
			rodoClause: context.rodo_clause
		},
		questions: questions.map((q) => ({ id: q.id, text: q.text })),
		areas: areas.map((a) => ({
			id: a.id,
			code: String(a.code),
			namePl: a.name_pl,
			nameEn: a.name_en,
			description: a.description
		}))
	};
}

/** The tablet ends its own kiosk: the token stops working and the tablet wipes its storage. */
export function endKiosk(db: Database, device: KioskDevice, now = new Date()) {
	return inTransaction(db, async (tx) => {
		await markRevoked(tx, device.id, now);
		await recordAudit(tx, {
			actorDeviceId: device.id,
			action: 'device.end',
			entity: 'device',
			entityId: device.id
		});
	});
}
