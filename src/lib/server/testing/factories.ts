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
