import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { hashToken } from '../auth/tokens';
import { MAX_PAIRING_FAILURES_PER_IP } from '../auth/pairing-throttle';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { makeArea, makeConsultation, makeDevice, makeEvent, makeKiosk } from '../testing/factories';
import { revokeDevice } from './devices';
import * as sut from './kiosk';

const MINUTE = 60 * 1000;
const start = new Date('2026-06-05T10:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
const ip = '198.51.100.7';

describe('kiosk service', () => {
	let db: Database;
	let event: { id: number; consultation_id: number; title: string };
	beforeEach(async () => {
		db = await createTestDb();
		const consultation = await makeConsultation(db, { status: 'open' });
		event = await makeEvent(db, consultation.id);
	});
	afterEach(async () => db.destroy());

	const deviceRow = (id: number) =>
		db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

	describe('pairDevice', () => {
		it('redeems a code once for a token whose hash alone is stored', async () => {
			const { device, pairingCode } = await makeDevice(db, event.id, { now: start });

			const paired = await sut.pairDevice(db, pairingCode, ip, later(5));

			if (!paired.ok) throw new Error(paired.error);
			expect(paired.token.length * 5).toBeGreaterThanOrEqual(160);
			expect(paired.config.device).toEqual({ id: device.id, name: device.name });
			const row = await deviceRow(device.id);
			expect(row).toMatchObject({
				token_hash: hashToken(paired.token),
				pairing_code_hash: null,
				paired_at: later(5).toISOString(),
				last_seen_at: null
			});
			expect(JSON.stringify(row)).not.toContain(paired.token);
			expect((await listAudit(db, 'device', device.id)).map((a) => a.action)).toEqual([
				'device.create',
				'device.pair'
			]);
		});

		it.each([
			['lower case with a space', (code: string) => code.toLowerCase().replace('-', ' ')],
			['without the dash', (code: string) => code.replace('-', '')],
			['with O for 0 and l for 1', (code: string) => code.replace(/0/g, 'O').replace(/1/g, 'l')]
		])('accepts the code typed %s', async (_case, typed) => {
			const { pairingCode } = await makeDevice(db, event.id, { now: start });
			expect((await sut.pairDevice(db, typed(pairingCode), ip, later(1))).ok).toBe(true);
		});

		it('refuses a code that was used already', async () => {
			const { pairingCode } = await makeDevice(db, event.id, { now: start });
			await sut.pairDevice(db, pairingCode, ip, later(1));

			const again = await sut.pairDevice(db, pairingCode, ip, later(2));

			expect(again).toEqual({ ok: false, error: 'pairing_code_invalid' });
		});

		it('refuses a code at and after its expiry, 15 minutes on', async () => {
			const { pairingCode } = await makeDevice(db, event.id, { now: start });

			expect(await sut.pairDevice(db, pairingCode, ip, later(15))).toEqual({
				ok: false,
				error: 'pairing_code_invalid'
			});
			expect((await sut.pairDevice(db, pairingCode, ip, later(14))).ok).toBe(true);
		});

		it('refuses the code of a revoked device', async () => {
			const { device, pairingCode } = await makeDevice(db, event.id, { now: start });
			await revokeDevice(db, event.id, device.id, null, later(1));

			expect((await sut.pairDevice(db, pairingCode, ip, later(2))).ok).toBe(false);
		});

		it.each(['', 'ABCD', 'ABCD-EFGH-1234', 'ĄBCD-EFGH'])('refuses the code %j', async (code) => {
			await makeDevice(db, event.id, { now: start });
			expect(await sut.pairDevice(db, code, ip, later(1))).toEqual({
				ok: false,
				error: 'pairing_code_invalid'
			});
		});

		it('throttles an address after 10 failures until the first leaves the window', async () => {
			const { pairingCode } = await makeDevice(db, event.id, { now: start });
			for (let i = 0; i < MAX_PAIRING_FAILURES_PER_IP; i++) {
				await sut.pairDevice(db, 'ZZZZ-ZZZZ', ip, later(i / 10));
			}

			const blocked = await sut.pairDevice(db, pairingCode, ip, later(5));

			expect(blocked).toEqual({ ok: false, error: 'too_many_attempts', retryAfterSeconds: 600 });
			expect((await sut.pairDevice(db, pairingCode, '198.51.100.8', later(5))).ok).toBe(true);
		});

		it('lets an address try again once its failures are older than 15 minutes', async () => {
			for (let i = 0; i < MAX_PAIRING_FAILURES_PER_IP; i++) {
				await sut.pairDevice(db, 'ZZZZ-ZZZZ', ip, start);
			}
			const { pairingCode } = await makeDevice(db, event.id, { now: later(14) });

			expect((await sut.pairDevice(db, pairingCode, ip, later(15))).ok).toBe(false);
			expect((await sut.pairDevice(db, pairingCode, ip, later(15.1))).ok).toBe(true);
		});

		it('does not count the tenth failure against a login from the same address', async () => {
			for (let i = 0; i < MAX_PAIRING_FAILURES_PER_IP; i++) {
				await sut.pairDevice(db, 'ZZZZ-ZZZZ', ip, start);
			}
			const keys = await db.selectFrom('login_failures').select('key').distinct().execute();
			expect(keys).toEqual([{ key: `pair:ip:${ip}` }]);
		});
	});

	describe('authenticateDevice', () => {
		it('finds the device of a token and notes when it was last seen', async () => {
			const kiosk = await makeKiosk(db);

			const device = await sut.authenticateDevice(db, kiosk.token, later(30));

			expect(device).toEqual({
				id: kiosk.device.id,
				name: kiosk.device.name,
				event_id: kiosk.event.id,
				consultation_id: kiosk.consultation.id
			});
			expect((await deviceRow(kiosk.device.id)).last_seen_at).toBe(later(30).toISOString());
		});

		it('writes the last-seen time at most every 30 seconds', async () => {
			const kiosk = await makeKiosk(db);

			const seconds = (s: number) => new Date(later(30).getTime() + s * 1000);

			await sut.authenticateDevice(db, kiosk.token, seconds(0));
			await sut.authenticateDevice(db, kiosk.token, seconds(29));
			expect((await deviceRow(kiosk.device.id)).last_seen_at).toBe(seconds(0).toISOString());

			await sut.authenticateDevice(db, kiosk.token, seconds(31));
			expect((await deviceRow(kiosk.device.id)).last_seen_at).toBe(seconds(31).toISOString());
		});

		it('tells an unknown token from a revoked device, and does not touch a revoked one', async () => {
			const kiosk = await makeKiosk(db);
			await revokeDevice(db, kiosk.event.id, kiosk.device.id, null, later(1));
			const seen = (await deviceRow(kiosk.device.id)).last_seen_at;

			expect(await sut.authenticateDevice(db, null, later(2))).toBe('device_unknown');
			expect(await sut.authenticateDevice(db, 'nie-token', later(2))).toBe('device_unknown');
			expect(await sut.authenticateDevice(db, kiosk.token, later(2))).toBe('device_revoked');
			expect((await deviceRow(kiosk.device.id)).last_seen_at).toBe(seen);
		});
	});

	describe('kioskConfig', () => {
		it('gives the event, the consultation, its questions and its areas', async () => {
			const kiosk = await makeKiosk(db, {
				title: 'Program Wspólnota',
				rodo_clause: 'Administratorem danych jest Prezydent m.st. Warszawy.'
			});
			const [first, second] = kiosk.areas;

			const config = await sut.kioskConfig(db, kiosk.device, start);

			expect(config).toEqual({
				device: { id: kiosk.device.id, name: kiosk.device.name },
				event: { id: kiosk.event.id, title: kiosk.event.title },
				consultation: {
					title: 'Program Wspólnota',
					accepting: true,
					rodoClause: 'Administratorem danych jest Prezydent m.st. Warszawy.'
				},
				questions: kiosk.questions.map((q) => ({ id: q.id, text: q.text })),
				areas: [first!, second!].map((a) => ({
					id: a.id,
					code: String(a.code),
					namePl: a.name_pl,
					nameEn: a.name_en,
					description: a.description
				}))
			});
		});

		it.each([
			['draft', null, null, '2026-06-05T10:00:00Z', false],
			['open', '2026-06-06', null, '2026-06-05T21:59:00Z', false],
			['open', '2026-06-06', null, '2026-06-05T22:00:00Z', true],
			['open', null, '2026-06-05', '2026-06-05T21:59:00Z', true],
			['open', null, '2026-06-05', '2026-06-05T22:00:00Z', false]
		])(
			'accepts opinions (%s, %s–%s) at %s on Warsaw days: %s',
			async (status, opens_on, closes_on, at, accepting) => {
				const consultation = await makeConsultation(db, {
					status: status as 'open',
					opens_on,
					closes_on
				});
				await makeArea(db, consultation.id);
				const other = await makeEvent(db, consultation.id);
				const { device } = await makeDevice(db, other.id);

				const config = await sut.kioskConfig(db, device, new Date(at));

				expect(config.consultation.accepting).toBe(accepting);
			}
		);
	});

	describe('endKiosk', () => {
		it('revokes the device itself and records that the device did it', async () => {
			const kiosk = await makeKiosk(db);
			const device = await sut.authenticateDevice(db, kiosk.token, start);
			if (typeof device === 'string') throw new Error(device);

			await sut.endKiosk(db, device, later(60));

			expect((await deviceRow(device.id)).revoked_at).toBe(later(60).toISOString());
			expect(await sut.authenticateDevice(db, kiosk.token, later(61))).toBe('device_revoked');
			const entry = (await listAudit(db, 'device', device.id)).at(-1);
			expect(entry).toMatchObject({ action: 'device.end', actor_device_id: device.id });
		});
	});
});
