import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { countRows, makeArea, makeConsultation } from '../testing/factories';
import * as sut from './intake';

let db: Database;
beforeEach(async () => {
	db = await createTestDb();
});
afterEach(() => db.destroy());

describe('storeOpinion', () => {
	it('stores the text with its areas, contact and attachment list in their own tables', async () => {
		const consultation = await makeConsultation(db, { status: 'open' });
		const area = await makeArea(db, consultation.id);
		const id = await sut.storeOpinion(db, {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: consultation.id,
				channel: 'email',
				text: 'Więcej ławek przy Nowolipiu.'
			},
			areaIds: [area.id],
			contact: { email: 'jan@example.org', source: 'email', consentAt: null },
			attachments: [{ filename: 'plan.pdf', contentType: 'application/pdf', sizeBytes: 1200 }]
		});

		expect(id).toBeTypeOf('number');
		const contact = await db.selectFrom('comment_contacts').selectAll().executeTakeFirstOrThrow();
		expect(contact).toMatchObject({ comment_id: id, email: 'jan@example.org', source: 'email' });
		const comment = await db.selectFrom('comments').selectAll().executeTakeFirstOrThrow();
		expect(comment.text).not.toContain('jan@example.org');
		const areas = await db.selectFrom('comment_declared_areas').selectAll().execute();
		expect(areas).toEqual([{ comment_id: id, area_id: area.id }]);
		const files = await db.selectFrom('comment_attachments').select('filename').execute();
		expect(files).toEqual([{ filename: 'plan.pdf' }]);
	});

	it('returns undefined and adds nothing when the UUID was stored before', async () => {
		const consultation = await makeConsultation(db);
		const intake = {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: consultation.id,
				channel: 'online' as const,
				text: 'Raz'
			},
			contact: { email: 'a@example.org', source: 'form' as const, consentAt: null }
		};
		await sut.storeOpinion(db, intake);

		expect(await sut.storeOpinion(db, intake)).toBeUndefined();
		const contacts = await db.selectFrom('comment_contacts').selectAll().execute();
		expect(contacts).toHaveLength(1);
	});
});

describe('storeOpinions', () => {
	it('stores 1 201 opinions in chunks, each with its own areas, and skips a repeated UUID', async () => {
		const consultation = await makeConsultation(db);
		const area = await makeArea(db, consultation.id);
		const intakes = Array.from({ length: 1200 }, (_, i) => ({
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: consultation.id,
				channel: 'paper' as const,
				text: `Karta ${i}`,
				// Rows that leave a column out are stored with a separate column list.
				...(i % 7 === 0 ? {} : { district: 'wola' })
			},
			areaIds: i % 2 === 0 ? [area.id] : []
		}));
		const [first] = intakes;
		if (!first) throw new Error('no intakes');

		const stored = await sut.storeOpinions(db, [...intakes, first]);

		expect(stored.size).toBe(1200);
		expect(await countRows(db, 'comments')).toBe(1200);
		expect(await countRows(db, 'comment_declared_areas')).toBe(600);
		const last = await db
			.selectFrom('comments')
			.select(['text', 'district'])
			.where('id', '=', stored.get(intakes[1199]?.comment.uuid ?? '') ?? 0)
			.executeTakeFirstOrThrow();
		expect(last).toEqual({ text: 'Karta 1199', district: 'wola' });
	});
});

describe('drawReceiptCode', () => {
	it('draws again when the first code is taken', async () => {
		const consultation = await makeConsultation(db);
		await sut.storeOpinion(db, {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: consultation.id,
				channel: 'online',
				text: 'x',
				receipt_code: '0000-0000'
			}
		});
		let draw = 0;
		const random = (bytes: Uint8Array) => bytes.fill(draw++ === 0 ? 0 : 1);

		expect(await sut.drawReceiptCode(db, random)).toBe('1111-1111');
	});
});

describe('inIntakeTransaction', () => {
	const store = (consultationId: number, text: string) => (tx: Database) =>
		sut.storeOpinion(tx, {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: consultationId,
				channel: 'online',
				text
			}
		});

	it('commits work that arrives together in one transaction and answers each caller', async () => {
		const consultation = await makeConsultation(db);
		const transactions = vi.spyOn(db, 'transaction');

		const ids = await Promise.all(
			['A', 'B', 'C'].map((text) => sut.inIntakeTransaction(db, store(consultation.id, text)))
		);

		expect(transactions).toHaveBeenCalledTimes(1);
		expect(ids.every((id) => typeof id === 'number')).toBe(true);
		const texts = await db.selectFrom('comments').select('text').orderBy('id').execute();
		expect(texts.map((row) => row.text)).toEqual(['A', 'B', 'C']);
	});

	it('keeps one caller’s failure from the others: its writes go, theirs stay', async () => {
		const consultation = await makeConsultation(db);
		const failing = async (tx: Database) => {
			await store(consultation.id, 'half-written')(tx);
			throw new Error('disk says no');
		};

		const results = await Promise.allSettled([
			sut.inIntakeTransaction(db, store(consultation.id, 'A')),
			sut.inIntakeTransaction(db, failing),
			sut.inIntakeTransaction(db, store(consultation.id, 'B'))
		]);

		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
		expect(results[1]).toMatchObject({ reason: new Error('disk says no') });
		const texts = await db.selectFrom('comments').select('text').orderBy('id').execute();
		expect(texts.map((row) => row.text)).toEqual(['A', 'B']);
	});

	it('joins a transaction it is called in', async () => {
		const consultation = await makeConsultation(db);

		await expect(
			db.transaction().execute(async (tx) => {
				await sut.inIntakeTransaction(tx, store(consultation.id, 'A'));
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');

		expect(await countRows(db, 'comments')).toBe(0);
	});
});
