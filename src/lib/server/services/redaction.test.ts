import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { makeConsultation, makeUser } from '../testing/factories';
import { storeOpinion } from './intake';
import * as sut from './redaction';

const original = 'Mieszkam przy Marszałkowskiej 10, dzwońcie: 600 700 800. Anna Kowalska';
const automatic = 'Mieszkam przy [adres], dzwońcie: [telefon]. [imię i nazwisko]';

let db: Database;
let consultationId: number;
let analystId: number;

async function opinion(channel: 'online' | 'email', text = original) {
	const id = await storeOpinion(db, {
		comment: { uuid: crypto.randomUUID(), consultation_id: consultationId, channel, text }
	});
	return id!;
}

beforeEach(async () => {
	db = await createTestDb();
	consultationId = (await makeConsultation(db)).id;
	analystId = (await makeUser(db, 'analyst')).id;
});
afterEach(() => db.destroy());

describe('publicText', () => {
	it.each([
		[
			'the automatic redaction',
			{ text: original, redacted_text: null, erased_at: null },
			automatic
		],
		[
			'the hand-corrected redaction',
			{ text: original, redacted_text: 'Mieszkam w Śródmieściu.', erased_at: null },
			'Mieszkam w Śródmieściu.'
		],
		[
			'an erased text as it was left',
			{ text: 'Pomysł Jana Pawła, bez zmian.', redacted_text: null, erased_at: '2026-06-01' },
			'Pomysł Jana Pawła, bez zmian.'
		]
	])('gives %s', (_, row, expected) => {
		expect(sut.publicText(row)).toBe(expected);
	});
});

describe('setRedaction', () => {
	it('stores the analyst text and records before and after', async () => {
		const id = await opinion('online');

		const saved = await sut.setRedaction(db, analystId, consultationId, id, 'Mieszkam w centrum.');

		expect(saved).toEqual({ ok: true, id });
		const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
		expect(row).toMatchObject({
			text: original,
			redacted_text: 'Mieszkam w centrum.',
			redacted_by: analystId
		});
		const [entry] = await listAudit(db, 'comment', id);
		if (!entry) throw new Error('no audit entry');
		expect(entry).toMatchObject({ action: 'comment.redaction', actor_user_id: analystId });
		expect(JSON.parse(entry.before_json!)).toEqual({ redacted_text: null });
		expect(JSON.parse(entry.after_json!)).toEqual({ redacted_text: 'Mieszkam w centrum.' });
	});

	it('goes back to the automatic redaction with null', async () => {
		const id = await opinion('online');
		await sut.setRedaction(db, analystId, consultationId, id, 'Mieszkam w centrum.');

		await sut.setRedaction(db, analystId, consultationId, id, null);

		const view = await sut.redactionView(db, consultationId, id);
		expect(view).toMatchObject({ redacted_text: null, redacted_by: null, public: automatic });
		expect(view?.spans.map((s) => s.kind)).toEqual(['address', 'phone', 'name']);
	});

	it('keeps a text equal to the automatic one as automatic', async () => {
		const id = await opinion('online');

		await sut.setRedaction(db, analystId, consultationId, id, automatic);

		expect((await sut.redactionView(db, consultationId, id))?.redacted_text).toBeNull();
	});

	it('refuses a text longer than the channel allows and changes nothing', async () => {
		const typed = await opinion('online');
		const letter = await opinion('email');

		expect(await sut.setRedaction(db, analystId, consultationId, typed, 'x'.repeat(2001))).toEqual({
			ok: false,
			errors: { redacted_text: { code: 'too_long', limit: 2000 } }
		});
		expect(
			(await sut.setRedaction(db, analystId, consultationId, letter, 'x'.repeat(2001)))?.ok
		).toBe(true);
		expect((await sut.redactionView(db, consultationId, typed))?.redacted_text).toBeNull();
		expect(await listAudit(db, 'comment', typed)).toEqual([]);
	});

	it('refuses an empty text', async () => {
		const id = await opinion('online');

		expect(await sut.setRedaction(db, analystId, consultationId, id, '  ')).toEqual({
			ok: false,
			errors: { redacted_text: { code: 'required' } }
		});
	});

	it("finds nothing for another consultation's opinion", async () => {
		const id = await opinion('online');
		const other = await makeConsultation(db);

		expect(await sut.setRedaction(db, analystId, other.id, id, 'Inny tekst.')).toBeNull();
		expect(await sut.redactionView(db, other.id, id)).toBeNull();
		expect(await listAudit(db, 'comment', id)).toEqual([]);
	});
});
