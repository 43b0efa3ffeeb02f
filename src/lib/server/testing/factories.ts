import type { Database } from '../db/connect';
import type { DB } from '../db/schema.gen';
import type { Role } from '$lib/domain/roles';
import { insertUser } from '../repositories/users';
import { createConsultation } from '../services/consultations';
import type { ConsultationInput } from '$lib/schemas/consultation';
import type { AreaInput } from '$lib/schemas/area';
import type { EventInput } from '$lib/schemas/event';
import { saveArea } from '../services/codebook';
import { saveEvent } from '../services/events';
import { createUserWithPassword } from '../services/users';
import type { OpinionItem } from '$lib/domain/kiosk';
import { generateReceiptCode } from '$lib/domain/receipt';
import { listQuestions } from '../repositories/consultations';
import { addDevice } from '../services/devices';
import { pairDevice } from '../services/kiosk';

let sequence = 0;

export async function makeUser(
	db: Database,
	role: Role = 'admin',
	overrides: { email?: string } = {}
) {
	sequence++;
	const email = overrides.email ?? `user${sequence}@example.org`;
	const id = await insertUser(db, { email, displayName: `User ${sequence}`, role });
	return { id, email, role };
}

export async function makeConsultation(db: Database, overrides: Partial<ConsultationInput> = {}) {
	sequence++;
	const input: ConsultationInput = {
		title: `Konsultacja ${sequence}`,
		slug: `konsultacja-${sequence}`,
		description: '',
		vision_text: '',
		questions: [],
		opens_on: null,
		closes_on: null,
		status: 'draft',
		rodo_clause: '',
		...overrides
	};
	const saved = await createConsultation(db, input, null);
	if (!saved.ok) throw new Error(`factory: ${JSON.stringify(saved.errors)}`);
	return { id: saved.id, ...input };
}

/** A valid consultation form result, not stored; for tests that call the service themselves. */
export function consultationInput(overrides: Partial<ConsultationInput> = {}): ConsultationInput {
	sequence++;
	return {
		title: `Konsultacja ${sequence}`,
		slug: `konsultacja-${sequence}`,
		description: '',
		vision_text: '',
		questions: [],
		opens_on: null,
		closes_on: null,
		status: 'draft',
		rodo_clause: '',
		...overrides
	};
}

/** Hashes with argon2 (~50 ms): create only the users a test logs in with. */
export async function makeUserWithPassword(
	db: Database,
	password: string,
	overrides: { email?: string; role?: Role } = {}
) {
	sequence++;
	const email = overrides.email ?? `user${sequence}@example.org`;
	const saved = unwrap(
		await createUserWithPassword(db, {
			email,
			displayName: `User ${sequence}`,
			role: overrides.role ?? 'admin',
			password
		})
	);
	return { id: saved.userId, email, password };
}

export function areaInput(overrides: Partial<AreaInput> = {}): AreaInput {
	sequence++;
	return {
		code: (sequence % 99) + 1,
		name_pl: `Obszar ${sequence}`,
		name_en: `Area ${sequence}`,
		description: '',
		colour: '#1f5fa8',
		...overrides
	};
}

export async function makeArea(
	db: Database,
	consultationId: number,
	overrides: Partial<AreaInput> = {}
) {
	const input = areaInput(overrides);
	const saved = unwrap(await saveArea(db, consultationId, null, input, null));
	return { id: saved.id, consultationId, ...input };
}

export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
	sequence++;
	return {
		kind: 'neighbour_day',
		title: `Piknik sąsiedzki ${sequence}`,
		place: '',
		address: '',
		district: null,
		organiser: '',
		starts_at: null,
		ends_at: null,
		participants_count: null,
		accessibility_notes: '',
		...overrides
	};
}

export async function makeEvent(
	db: Database,
	consultationId: number,
	overrides: Partial<EventInput> = {}
) {
	const input = eventInput(overrides);
	const saved = unwrap(await saveEvent(db, consultationId, null, input, null));
	return { id: saved.id, consultation_id: consultationId, ...input };
}

/** Narrows a service result the test expects to succeed; fails loudly with what came back. */
export function unwrap<T extends { ok: boolean }>(
	result: T | null | undefined
): Extract<T, { ok: true }> {
	if (!result?.ok) throw new Error(`expected an ok result, got ${JSON.stringify(result)}`);
	return result as Extract<T, { ok: true }>;
}

export async function countRows(db: Database, table: keyof DB): Promise<number> {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** A device waiting for its tablet, with the pairing code staff were shown. */
export async function makeDevice(
	db: Database,
	eventId: number,
	overrides: { name?: string; now?: Date } = {}
) {
	sequence++;
	return addDevice(
		db,
		{ id: eventId },
		overrides.name ?? `Tablet ${sequence}`,
		null,
		overrides.now
	);
}

/** A device whose tablet has redeemed its code, with the bearer token it got. */
export async function makePairedDevice(db: Database, eventId: number, now = new Date()) {
	const { device, pairingCode } = await makeDevice(db, eventId, { now });
	const paired = await pairDevice(db, pairingCode, '192.0.2.1', now);
	if (!paired.ok) throw new Error(`factory: pairing failed with ${paired.error}`);
	return { device, token: paired.token };
}

/** An open consultation with two questions and two areas, one event, and a paired tablet. */
export async function makeKiosk(db: Database, overrides: Partial<ConsultationInput> = {}) {
	const consultation = await makeConsultation(db, {
		status: 'open',
		questions: ['Czym dla Ciebie jest wspólnota?', 'Jak dbać o siebie nawzajem?'],
		...overrides
	});
	const areas = [await makeArea(db, consultation.id), await makeArea(db, consultation.id)];
	const questions = await listQuestions(db, consultation.id);
	const event = await makeEvent(db, consultation.id);
	const { device, token } = await makePairedDevice(db, event.id);
	return { consultation, areas, questions, event, device, token };
}

/** An opinion as a tablet sends it: a fresh UUID and receipt code every time. */
export function opinionItem(overrides: Partial<OpinionItem> = {}): OpinionItem {
	return {
		uuid: crypto.randomUUID(),
		text: 'Więcej ławek na skwerze.',
		questionId: null,
		areaIds: [],
		district: 'wola',
		ageBand: '60-74',
		language: 'pl',
		receiptCode: generateReceiptCode(),
		submittedAt: '2026-06-05T15:42:10.123Z',
		...overrides
	};
}
