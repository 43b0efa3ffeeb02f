import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECEIPT_CODE_PATTERN } from '$lib/domain/receipt';
import { newOpinion, submitOpinion } from './opinion';
import { countPending, oldest } from './outbox';
import { randomUuid, uuidV4 } from './random';
import { at, draft, enrol, freshDb, kioskConfig } from './testing';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const deps = { now: () => at(42) };

describe('newOpinion', () => {
	it('makes a valid item with a fresh UUID, a receipt code and the tablet time', () => {
		const result = newOpinion(draft({ text: '  Więcej ławek.\r\n ' }), kioskConfig(), deps);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.item).toMatchObject({ ...draft(), text: 'Więcej ławek.' });
		expect(result.item.uuid).toMatch(V4);
		expect(result.item.receiptCode).toMatch(RECEIPT_CODE_PATTERN);
		expect(result.item.submittedAt).toBe('2026-06-05T15:00:42.000Z');
		const again = newOpinion(draft(), kioskConfig(), deps);
		expect(again.ok && again.item.uuid).not.toBe(result.item.uuid);
	});

	it.each([
		['whitespace only', ' \n\t ', { code: 'required' }],
		['2001 characters', 'a'.repeat(2001), { code: 'too_long', limit: 2000 }]
	])('refuses a text of %s', (_, text, error) => {
		expect(newOpinion(draft({ text }), kioskConfig(), deps)).toEqual({
			ok: false,
			errors: { text: error }
		});
	});

	it('refuses a question or area this consultation does not offer', () => {
		expect(newOpinion(draft({ questionId: 9, areaIds: [1, 7] }), kioskConfig(), deps)).toEqual({
			ok: false,
			errors: { questionId: { code: 'invalid_choice' }, areaIds: { code: 'invalid_choice' } }
		});
	});

	it('refuses everything while the consultation does not accept opinions', () => {
		expect(newOpinion(draft(), kioskConfig(false), deps)).toEqual({
			ok: false,
			errors: { _form: { code: 'consultation_closed' } }
		});
	});
});

describe('submitOpinion', () => {
	it('queues a valid opinion before it resolves', async () => {
		const db = await freshDb();
		await enrol(db);
		const result = await submitOpinion(db, draft(), kioskConfig(), deps);

		expect(result.ok).toBe(true);
		expect((await oldest(db, 5)).map((e) => e.item)).toEqual([result.ok && result.item]);
		db.close();
	});

	it('keeps an invalid draft out of the outbox', async () => {
		const db = await freshDb();
		await enrol(db);
		const sut = await submitOpinion(db, draft({ text: 'x'.repeat(2001) }), kioskConfig(), deps);

		expect(sut.ok).toBe(false);
		expect(await countPending(db)).toBe(0);
		db.close();
	});
});

describe('UUIDs', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('formats random bytes as a version 4 UUID', () => {
		expect(uuidV4(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
		expect(uuidV4(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
	});

	it('falls back to random bytes where crypto.randomUUID is missing (plain HTTP)', () => {
		vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0x5a) });
		expect(randomUuid()).toBe('5a5a5a5a-5a5a-4a5a-9a5a-5a5a5a5a5a5a');
	});
});
