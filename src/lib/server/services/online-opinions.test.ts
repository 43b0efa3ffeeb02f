import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnlineOpinion } from '$lib/schemas/online-opinion';
import { RECEIPT_CODE_PATTERN } from '$lib/domain/receipt';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { countRows, makeArea, makeConsultation } from '../testing/factories';
import * as sut from './online-opinions';

const start = new Date('2026-06-05T10:00:00Z');
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);

let db: Database;
let consultation: Awaited<ReturnType<typeof makeConsultation>>;
beforeEach(async () => {
	db = await createTestDb();
	consultation = await makeConsultation(db, {
		status: 'open',
		opens_on: '2026-06-01',
		closes_on: '2026-06-30',
		questions: ['Czym dla Ciebie jest wspólnota?']
	});
});
afterEach(() => db.destroy());

const opinion = (overrides: Partial<OnlineOpinion> = {}): OnlineOpinion => ({
	text: 'Więcej ławek na skwerze.',
	questionId: null,
	areaIds: [],
	district: 'wola',
	ageBand: '60-74',
	email: null,
	...overrides
});

async function submit(
	overrides: Partial<sut.OnlineSubmission> = {},
	at = later(10),
	settings = sut.DEFAULT_ONLINE_SETTINGS
) {
	const token = overrides.token ?? (await sut.newFormToken(db, consultation.id, start));
	return sut.submitOnlineOpinion(
		db,
		{
			consultation,
			opinion: opinion(),
			honeypot: '',
			clientAddress: '203.0.113.5',
			language: 'uk',
			...overrides,
			token
		},
		at,
		settings
	);
}

describe('submitOnlineOpinion', () => {
	it('stores the opinion as an online one with a receipt code and no contact', async () => {
		const area = await makeArea(db, consultation.id);

		const result = await submit({ opinion: opinion({ areaIds: [area.id] }) });

		if (!result.ok) throw new Error(result.error);
		expect(result.receiptCode).toMatch(RECEIPT_CODE_PATTERN);
		expect(result.emailGiven).toBe(false);
		const row = await db.selectFrom('comments').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			consultation_id: consultation.id,
			channel: 'online',
			text: 'Więcej ławek na skwerze.',
			district: 'wola',
			age_band: '60-74',
			language: 'uk',
			receipt_code: result.receiptCode,
			status: 'received',
			event_id: null,
			received_at: later(10).toISOString()
		});
		const areas = await db.selectFrom('comment_declared_areas').select('area_id').execute();
		expect(areas).toEqual([{ area_id: area.id }]);
		expect(await countRows(db, 'comment_contacts')).toBe(0);
	});

	it('keeps an e-mail address apart from the text, with the time of consent', async () => {
		const result = await submit({ opinion: opinion({ email: 'anna@example.org' }) });

		expect(result).toMatchObject({ ok: true, emailGiven: true });
		const contact = await db.selectFrom('comment_contacts').selectAll().executeTakeFirstOrThrow();
		expect(contact).toMatchObject({
			email: 'anna@example.org',
			source: 'form',
			consent_at: later(10).toISOString()
		});
	});

	it('gives a replayed form the same receipt and stores the opinion once', async () => {
		const token = await sut.newFormToken(db, consultation.id, start);

		const first = await submit({ token, opinion: opinion({ email: 'anna@example.org' }) });
		const second = await submit(
			{ token, opinion: opinion({ email: 'anna@example.org' }) },
			later(11)
		);

		expect(second).toEqual(first);
		expect(await countRows(db, 'comments')).toBe(1);
		expect(await countRows(db, 'comment_contacts')).toBe(1);
	});

	it('refuses a filled honeypot and stores nothing', async () => {
		expect(await submit({ honeypot: 'https://spam.example' })).toEqual({
			ok: false,
			error: 'honeypot'
		});
		expect(await countRows(db, 'comments')).toBe(0);
	});

	it('refuses a form sent before the minimum fill time', async () => {
		expect(await submit({}, later(2))).toEqual({ ok: false, error: 'too_quick' });
		expect(await submit({}, later(1), { minFillMs: 500, limit: 10 })).toMatchObject({ ok: true });
	});

	it('refuses a forged, a foreign and an expired token', async () => {
		const other = await makeConsultation(db, { status: 'open' });
		const foreign = await sut.newFormToken(db, other.id, start);

		expect(await submit({ token: 'x.1.y' })).toEqual({ ok: false, error: 'token_invalid' });
		expect(await submit({ token: foreign })).toEqual({ ok: false, error: 'token_invalid' });
		expect(await submit({}, later(25 * 3600))).toEqual({ ok: false, error: 'token_expired' });
		expect(await countRows(db, 'comments')).toBe(0);
	});

	it("refuses another consultation's question or area", async () => {
		const other = await makeConsultation(db, { status: 'open', questions: ['Inne pytanie?'] });
		const area = await makeArea(db, other.id);
		const [question] = await db
			.selectFrom('questions')
			.select('id')
			.where('consultation_id', '=', other.id)
			.execute();

		const result = await submit({
			opinion: opinion({ questionId: question!.id, areaIds: [area.id] })
		});

		expect(result).toEqual({
			ok: false,
			error: 'invalid',
			errors: { question_id: { code: 'invalid_choice' }, area_ids: { code: 'invalid_choice' } }
		});
		expect(await countRows(db, 'comments')).toBe(0);
	});

	it.each([
		['a draft', { status: 'draft' as const }],
		['a closed consultation', { status: 'closed' as const }],
		['a consultation before it opens', { opens_on: '2026-06-06' }],
		['a consultation after it closed', { closes_on: '2026-06-04' }]
	])('accepts nothing for %s', async (_, change) => {
		consultation = { ...consultation, ...change };

		expect(await submit()).toEqual({ ok: false, error: 'closed' });
		expect(await countRows(db, 'comments')).toBe(0);
	});

	it('limits accepted opinions per address and consultation, telling the minutes to wait', async () => {
		const settings = { minFillMs: 3000, limit: 2 };
		await submit({}, later(10), settings);
		await submit({}, later(60), settings);

		const blocked = await submit({}, later(70), settings);

		expect(blocked).toEqual({ ok: false, error: 'throttled', retryAfterMinutes: 14 });
		expect(await submit({ clientAddress: '203.0.113.6' }, later(70), settings)).toMatchObject({
			ok: true
		});
		expect(await submit({}, later(15 * 60 + 11), settings)).toMatchObject({ ok: true });
		expect(await countRows(db, 'comments')).toBe(4);
	});

	it('does not count refused forms against the limit', async () => {
		const settings = { minFillMs: 3000, limit: 1 };
		await submit({ honeypot: 'x' }, later(10), settings);
		await submit({}, later(1), settings);

		expect(await submit({}, later(10), settings)).toMatchObject({ ok: true });
	});
});

describe('findPublicConsultation', () => {
	it('finds open and closed consultations but not drafts', async () => {
		const closed = await makeConsultation(db, { status: 'closed' });
		const draft = await makeConsultation(db, { status: 'draft' });

		expect((await sut.findPublicConsultation(db, consultation.slug))?.id).toBe(consultation.id);
		expect((await sut.findPublicConsultation(db, closed.slug))?.id).toBe(closed.id);
		expect(await sut.findPublicConsultation(db, draft.slug)).toBeUndefined();
		expect(await sut.findPublicConsultation(db, 'nie-ma-takiej')).toBeUndefined();
	});
});
