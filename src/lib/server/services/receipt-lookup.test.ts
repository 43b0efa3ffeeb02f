import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { storeOpinion } from './intake';
import { createTestDb } from '../testing/db';
import { makeConsultation, makeUser } from '../testing/factories';
import * as sut from './receipt-lookup';

const now = new Date('2026-06-05T10:00:00Z');
const ip = '203.0.113.5';

let db: Database;
let commentId: number;
beforeEach(async () => {
	db = await createTestDb();
	const consultation = await makeConsultation(db, { title: 'Program Wspólnota', status: 'open' });
	commentId = (await storeOpinion(db, {
		comment: {
			uuid: crypto.randomUUID(),
			consultation_id: consultation.id,
			channel: 'online',
			text: 'Więcej ławek na skwerze.',
			receipt_code: 'K7F2-9QXM',
			received_at: '2026-06-01T08:30:00.000Z'
		},
		contact: { email: 'anna@example.org', source: 'form', consentAt: '2026-06-01T08:30:00.000Z' }
	}))!;
});
afterEach(() => db.destroy());

describe('lookUpReceipt', () => {
	it('finds an opinion by a code typed loosely, without its contact', async () => {
		const result = await sut.lookUpReceipt(db, ' k7f2 9qxm ', ip, now);

		expect(result).toEqual({
			ok: true,
			receipt: {
				code: 'K7F2-9QXM',
				consultationTitle: 'Program Wspólnota',
				receivedAt: '2026-06-01T08:30:00.000Z',
				text: 'Więcej ławek na skwerze.',
				status: 'received',
				response: null
			}
		});
		expect(JSON.stringify(result)).not.toContain('anna@example.org');
	});

	it('shows the text without personal data, as the public sees it', async () => {
		await db
			.updateTable('comments')
			.set({ text: 'Ławki przy Marszałkowskiej 10, tel. 600 700 800.' })
			.where('id', '=', commentId)
			.execute();

		const result = await sut.lookUpReceipt(db, 'K7F2-9QXM', ip, now);

		expect(result.ok && result.receipt.text).toBe('Ławki przy [adres], tel. [telefon].');
	});

	it("shows an analyst's hand-corrected redaction when there is one", async () => {
		await db
			.updateTable('comments')
			.set({ redacted_text: 'Ławki na skwerze [poprawione].' })
			.where('id', '=', commentId)
			.execute();

		const result = await sut.lookUpReceipt(db, 'K7F2-9QXM', ip, now);

		expect(result.ok && result.receipt.text).toBe('Ławki na skwerze [poprawione].');
	});

	it("shows the office's response once there is one", async () => {
		const user = await makeUser(db, 'analyst');
		await db
			.insertInto('comment_responses')
			.values({
				comment_id: commentId,
				status: 'partly_accepted',
				justification: 'Ławki staną przy placu zabaw.',
				responded_by: user.id
			})
			.execute();
		await db.updateTable('comments').set({ status: 'coded' }).execute();

		const result = await sut.lookUpReceipt(db, 'K7F2-9QXM', ip, now);

		expect(result.ok && result.receipt).toMatchObject({
			status: 'coded',
			response: { status: 'partly_accepted', justification: 'Ławki staną przy placu zabaw.' }
		});
	});

	it.each(['', 'K7F2', 'K7F2-9QXM-1', 'ŻÓŁW-ŻÓŁW', "'; drop table comments; --"])(
		'calls %j malformed without looking it up',
		async (typed) => {
			expect(await sut.lookUpReceipt(db, typed, ip, now)).toEqual({
				ok: false,
				error: 'malformed'
			});
		}
	);

	it('says an unknown code is unknown', async () => {
		expect(await sut.lookUpReceipt(db, 'ZZZZ-ZZZZ', ip, now)).toEqual({
			ok: false,
			error: 'unknown'
		});
	});

	it('blocks an address after many unknown codes, but never counts a found one', async () => {
		const miss = () => sut.lookUpReceipt(db, 'ZZZZ-ZZZZ', ip, now);
		const own = () => sut.lookUpReceipt(db, 'K7F2-9QXM', ip, now);
		for (let i = 1; i < sut.LOOKUP_LIMIT.limit; i++) await miss();
		for (let i = 0; i < 10; i++) expect((await own()).ok).toBe(true);

		await miss();

		expect(await own()).toEqual({ ok: false, error: 'throttled', retryAfterMinutes: 15 });
		expect((await sut.lookUpReceipt(db, 'K7F2-9QXM', '203.0.113.6', now)).ok).toBe(true);
	});
});
