import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseInboxQuery } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { makeUser, unwrap } from '../testing/factories';
import { codeOpinion } from './coding';
import { storeOpinion } from './intake';
import { eraseSubjectData } from './rodo';
import * as sut from './inbox';

let db: Database;
let book: Awaited<ReturnType<typeof makeCodebook>>;
const open = async () => {
	db = await createTestDb();
	book = await makeCodebook(db);
};

const load = (params: Record<string, string>) =>
	sut.loadInbox(db, book.consultation.id, parseInboxQuery(new URLSearchParams(params))!);
const texts = async (params: Record<string, string>) =>
	(await load(params)).rows.map((r) => r.text).sort();

describe('the search index', () => {
	beforeEach(open);
	afterEach(async () => db.destroy());

	it('follows an edit of the text', async () => {
		const id = await makeOpinion(db, book.consultation.id, { text: 'Więcej ławek' });
		await db.updateTable('comments').set({ text: 'Więcej drzew' }).where('id', '=', id).execute();

		expect(await texts({ q: 'drzewa' })).toEqual(['Więcej drzew']);
		expect(await texts({ q: 'ławek' })).toEqual([]);
	});

	it('forgets what an erasure removed', async () => {
		const admin = await makeUser(db, 'admin');
		await storeOpinion(db, {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: book.consultation.id,
				channel: 'online',
				text: 'Ławki na Kępie Potockiej. Pisze Zenobia Wróblewska',
				received_at: '2026-06-01T08:30:00.000Z'
			},
			contact: { email: 'zenobia@example.org', source: 'form', consentAt: '2026-06-01T08:30:00Z' }
		});
		expect(await texts({ q: 'zenobia' })).toHaveLength(1);

		await eraseSubjectData(
			db,
			admin.id,
			{ kind: 'email', value: 'zenobia@example.org' },
			{ removeText: true }
		);

		expect(await texts({ q: 'zenobia' })).toEqual([]);
		expect(await texts({ q: 'kępie' })).toEqual([]);
	});

	it('finds words with or without Polish letters, in any case', async () => {
		await makeOpinion(db, book.consultation.id, { text: 'ŹRÓDEŁKO na Żoliborzu' });
		await makeOpinion(db, book.consultation.id, { text: 'Zrodelko przy szkole' });

		expect(await texts({ q: 'źródełko' })).toEqual([
			'Zrodelko przy szkole',
			'ŹRÓDEŁKO na Żoliborzu'
		]);
		expect(await texts({ q: 'ZRODELKO zoliborz' })).toEqual(['ŹRÓDEŁKO na Żoliborzu']);
	});

	it('takes a one-letter word as the start of a word, as any other', async () => {
		await makeOpinion(db, book.consultation.id, { text: 'Ławki w parku' });
		await makeOpinion(db, book.consultation.id, { text: 'Park przy szkole' });
		await makeOpinion(db, book.consultation.id, { text: 'Wiosną parkowe ławki' });

		expect(await texts({ q: 'w parku' })).toEqual(['Wiosną parkowe ławki', 'Ławki w parku']);
		expect(await texts({ q: 's' })).toEqual(['Park przy szkole']);
	});
});

describe('a page', () => {
	// 330 opinions a minute apart; every third mentions a bench, every other is from the kiosk, every
	// fifth is coded to an area. Large sets are walked to in arrival order, small ones sorted.
	beforeAll(async () => {
		await open();
		for (let i = 0; i < 330; i++) {
			const id = await makeOpinion(db, book.consultation.id, {
				text: `${i % 3 === 0 ? 'ławki' : 'drzewa'} nr ${i}`,
				channel: i % 2 === 0 ? 'kiosk' : 'online',
				received_at: new Date(Date.UTC(2026, 5, 1, 8, i)).toISOString()
			});
			if (i % 5 === 0) {
				const areaIds = [book.areas[0].id];
				unwrap(
					await codeOpinion(db, book.analyst.id, book.consultation.id, id, {
						areaIds,
						themeIds: [],
						expectedVersion: 0
					})
				);
			}
		}
	});

	afterAll(async () => db.destroy());

	const textsWhere = (where: (i: number) => boolean) =>
		Array.from({ length: 330 }, (_, i) => 329 - i)
			.filter(where)
			.map((i) => `${i % 3 === 0 ? 'ławki' : 'drzewa'} nr ${i}`);

	it.each<[string, (area: string) => Record<string, string>, (i: number) => boolean]>([
		['a search', () => ({ q: 'ławki' }), (i) => i % 3 === 0],
		['a search and a channel', () => ({ q: 'ławki', channel: 'kiosk' }), (i) => i % 6 === 0],
		['an area', (area) => ({ area }), (i) => i % 5 === 0],
		['a search in an area', (area) => ({ q: 'ławki', area }), (i) => i % 15 === 0],
		['no area', () => ({ area: 'none' }), (i) => i % 5 !== 0]
	])('lists %s newest first, on every page', async (_, params, where) => {
		const expected = textsWhere(where);
		for (let page = 1; page <= Math.ceil(expected.length / 50); page++) {
			const inbox = await load({ ...params(String(book.areas[0].id)), page: String(page) });
			expect(inbox.total).toBe(expected.length);
			expect(inbox.rows.map((r) => r.text)).toEqual(expected.slice((page - 1) * 50, page * 50));
		}
	});

	it('lists the oldest first on request', async () => {
		const inbox = await load({ q: 'ławki', sort: 'oldest' });

		expect(inbox.rows.slice(0, 3).map((r) => r.text)).toEqual([
			'ławki nr 0',
			'ławki nr 3',
			'ławki nr 6'
		]);
	});
});
