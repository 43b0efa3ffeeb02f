import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { findEvent, listEvents, listTables } from '../repositories/events';
import { createTestDb } from '../testing/db';
import {
	eventInput,
	makeArea,
	makeConsultation,
	makeEvent,
	makeUser,
	unwrap
} from '../testing/factories';
import * as sut from './events';

const table = (overrides: Partial<{ name: string; area_id: number | null }> = {}) => ({
	name: 'Stolik 1 – otwartość i relacje',
	area_id: null,
	participants_count: 16,
	...overrides
});

describe('events service', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	describe('saveEvent', () => {
		it('adds an event and records who did it', async () => {
			const admin = await makeUser(db, 'admin');
			const consultation = await makeConsultation(db);
			const input = eventInput({
				kind: 'open_meeting',
				title: 'Otwarte spotkanie konsultacyjne',
				district: 'wola',
				starts_at: '2018-05-29T17:30',
				ends_at: '2018-05-29T20:00',
				participants_count: 48
			});

			const saved = unwrap(await sut.saveEvent(db, consultation.id, null, input, admin.id));

			expect(await findEvent(db, consultation.id, saved.id)).toMatchObject(input);
			const [entry] = await listAudit(db, 'event', saved.id);
			expect(entry).toMatchObject({ action: 'event.create', actor_user_id: admin.id });
		});

		it('updates an event of the same consultation', async () => {
			const consultation = await makeConsultation(db);
			const input = eventInput({ participants_count: 41 });
			const { id } = unwrap(await sut.saveEvent(db, consultation.id, null, input, null));
			const now = new Date('2026-03-02T10:00:00Z');

			const saved = await sut.saveEvent(
				db,
				consultation.id,
				id,
				{ ...input, participants_count: 64 },
				null,
				now
			);

			expect(saved).toEqual({ ok: true, id });
			expect(await findEvent(db, consultation.id, id)).toMatchObject({
				participants_count: 64,
				updated_at: now.toISOString()
			});
			expect((await listAudit(db, 'event', id)).map((a) => a.action)).toEqual([
				'event.create',
				'event.update'
			]);
		});

		it('returns null for an event of another consultation and leaves it unchanged', async () => {
			const mine = await makeConsultation(db);
			const theirs = await makeConsultation(db);
			const foreign = await makeEvent(db, theirs.id, { title: 'Cudze wydarzenie' });

			const result = await sut.saveEvent(
				db,
				mine.id,
				foreign.id,
				eventInput({ title: 'Przejęte' }),
				null
			);

			expect(result).toBeNull();
			expect((await findEvent(db, theirs.id, foreign.id))?.title).toBe('Cudze wydarzenie');
			expect(await listEvents(db, mine.id)).toEqual([]);
		});
	});

	describe('saveTable', () => {
		it('adds tables in order with an area of the same consultation', async () => {
			const consultation = await makeConsultation(db);
			const area = await makeArea(db, consultation.id, { code: 1 });
			const event = await makeEvent(db, consultation.id, { kind: 'open_meeting' });

			unwrap(await sut.saveTable(db, event, null, table({ area_id: area.id }), null));
			unwrap(await sut.saveTable(db, event, null, table({ name: 'Stolik 2' }), null));

			expect(await listTables(db, event.id)).toEqual([
				expect.objectContaining({ name: table().name, area_id: area.id, area_code: 1 }),
				expect.objectContaining({ name: 'Stolik 2', area_id: null, area_code: null })
			]);
		});

		it('rejects an area of another consultation with invalid_choice', async () => {
			const mine = await makeConsultation(db);
			const theirs = await makeConsultation(db);
			const foreignArea = await makeArea(db, theirs.id, { code: 1 });
			const event = await makeEvent(db, mine.id);

			const result = await sut.saveTable(db, event, null, table({ area_id: foreignArea.id }), null);

			expect(result).toEqual({ ok: false, errors: { area_id: { code: 'invalid_choice' } } });
			expect(await listTables(db, event.id)).toEqual([]);
		});

		it('returns null for a table that belongs to an event of another consultation', async () => {
			const mine = await makeConsultation(db);
			const theirs = await makeConsultation(db);
			const myEvent = await makeEvent(db, mine.id);
			const foreignEvent = await makeEvent(db, theirs.id);
			const foreignTable = unwrap(await sut.saveTable(db, foreignEvent, null, table(), null));

			const result = await sut.saveTable(
				db,
				myEvent,
				foreignTable.id,
				table({ name: 'Przejęty' }),
				null
			);

			expect(result).toBeNull();
			expect((await listTables(db, foreignEvent.id)).map((t) => t.name)).toEqual([table().name]);
		});

		it('renames a table and records the change', async () => {
			const consultation = await makeConsultation(db);
			const event = await makeEvent(db, consultation.id);
			const created = unwrap(await sut.saveTable(db, event, null, table(), null));

			const saved = await sut.saveTable(db, event, created.id, table({ name: 'Stolik A' }), null);

			expect(saved).toEqual({ ok: true, id: created.id });
			expect((await listTables(db, event.id)).map((t) => t.name)).toEqual(['Stolik A']);
			expect((await listAudit(db, 'meeting_table', created.id)).map((a) => a.action)).toEqual([
				'table.create',
				'table.update'
			]);
		});
	});

	describe('removeTable', () => {
		it('removes a table of the event and records it', async () => {
			const consultation = await makeConsultation(db);
			const event = await makeEvent(db, consultation.id);
			const kept = unwrap(await sut.saveTable(db, event, null, table({ name: 'Zostaje' }), null));
			const removed = unwrap(await sut.saveTable(db, event, null, table({ name: 'Znika' }), null));

			expect(await sut.removeTable(db, event.id, removed.id, null)).toBe(true);

			expect((await listTables(db, event.id)).map((t) => t.id)).toEqual([kept.id]);
			const entry = (await listAudit(db, 'meeting_table', removed.id)).at(-1);
			expect(entry).toMatchObject({ action: 'table.delete', after_json: null });
			expect(JSON.parse(entry?.before_json ?? 'null')).toMatchObject({ name: 'Znika' });
		});

		it('refuses to remove a table through another event', async () => {
			const consultation = await makeConsultation(db);
			const event = await makeEvent(db, consultation.id);
			const otherEvent = await makeEvent(db, consultation.id);
			const created = unwrap(await sut.saveTable(db, event, null, table(), null));

			expect(await sut.removeTable(db, otherEvent.id, created.id, null)).toBe(false);
			expect(await listTables(db, event.id)).toHaveLength(1);
		});

		it('returns false for a table that does not exist', async () => {
			const consultation = await makeConsultation(db);
			const event = await makeEvent(db, consultation.id);

			expect(await sut.removeTable(db, event.id, 999, null)).toBe(false);
		});
	});
});
