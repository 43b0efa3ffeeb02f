import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInboxQuery, type InboxQuery } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { makeConsultation, makeEvent, unwrap } from '../testing/factories';
import { codeOpinion } from './coding';
import { excludeOpinions, splitOpinion } from './moderation';
import * as sut from './inbox';

const query = (params: Record<string, string> = {}): InboxQuery =>
	parseInboxQuery(new URLSearchParams(params))!;

describe('inbox', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	const texts = async (params: Record<string, string>) =>
		(await sut.loadInbox(db, book.consultation.id, query(params))).rows.map((r) => r.text);

	describe('search', () => {
		beforeEach(async () => {
			for (const text of [
				'Mieszkam w Lodzi, ale pracuję na Woli.',
				'Festyn na Łódzkiej ulicy byłby super',
				'Więcej spotkań z sąsiadami na podwórku',
				'Ławki przy bibliotece na Żoliborzu',
				'Ceny w sklepach są za wysokie'
			]) {
				await makeOpinion(db, book.consultation.id, { text });
			}
		});

		it('folds diacritics including ł: „łódź” finds „Lodzi” and „Łódzkiej”', async () => {
			expect((await texts({ q: 'łódź' })).sort()).toEqual([
				'Festyn na Łódzkiej ulicy byłby super',
				'Mieszkam w Lodzi, ale pracuję na Woli.'
			]);
		});

		it('matches word forms: „sąsiad” finds „sąsiadami”, „ławka” finds „Ławki”', async () => {
			expect(await texts({ q: 'sąsiad' })).toEqual(['Więcej spotkań z sąsiadami na podwórku']);
			expect(await texts({ q: 'ławka' })).toEqual(['Ławki przy bibliotece na Żoliborzu']);
		});

		it('requires every word', async () => {
			expect(await texts({ q: 'ławki zoliborz' })).toEqual(['Ławki przy bibliotece na Żoliborzu']);
			expect(await texts({ q: 'ławki mokotów' })).toEqual([]);
		});

		it.each([
			['"ławki', 1],
			['ławki*', 1],
			["ławki' --", 1],
			['ławki:^', 1],
			['NEAR(ławki bibliotece)', 0],
			['(ławki OR', 0],
			['ławki AND NOT', 0]
		])('treats operator characters and words as plain text: %j finds %i', async (q, found) => {
			// „near”, „or”, „not” are words to find like any other; no opinion holds them.
			expect(await texts({ q })).toEqual(found ? ['Ławki przy bibliotece na Żoliborzu'] : []);
		});

		it('says so when nothing in the search can be searched for, and lists everything', async () => {
			const inbox = await sut.loadInbox(db, book.consultation.id, query({ q: '"*()' }));
			expect(inbox).toMatchObject({ searchIgnored: true, total: 5 });
		});

		it('orders by relevance on request', async () => {
			await makeOpinion(db, book.consultation.id, {
				text: 'Ławki, ławki i jeszcze raz ławki w parku'
			});
			const ranked = await texts({ q: 'ławki', sort: 'relevance' });
			expect(ranked[0]).toBe('Ławki, ławki i jeszcze raz ławki w parku');
			expect(ranked).toHaveLength(2);
		});
	});

	describe('filters', () => {
		it('combine, and count each value under the other filters', async () => {
			const event = await makeEvent(db, book.consultation.id);
			const [{ id: a1 }, { id: a2 }] = book.areas;
			const kioskAtEvent = await makeOpinion(db, book.consultation.id, {
				channel: 'kiosk',
				event_id: event.id,
				district: 'wola',
				text: 'kiosk wola'
			});
			await makeOpinion(db, book.consultation.id, {
				channel: 'kiosk',
				district: 'bielany',
				text: 'kiosk bielany'
			});
			const online = await makeOpinion(db, book.consultation.id, {
				channel: 'online',
				district: 'wola',
				text: 'online wola'
			});
			await makeOpinion(db, (await makeConsultation(db)).id, {
				channel: 'kiosk',
				district: 'wola'
			});
			unwrap(
				await codeOpinion(db, book.analyst.id, book.consultation.id, kioskAtEvent, {
					areaIds: [a1, a2],
					themeIds: [book.themes.picnics],
					expectedVersion: 0
				})
			);
			unwrap(
				await codeOpinion(db, book.analyst.id, book.consultation.id, online, {
					areaIds: [a1],
					themeIds: [],
					expectedVersion: 0
				})
			);

			expect(await texts({ channel: 'kiosk', district: 'wola' })).toEqual(['kiosk wola']);
			expect(await texts({ area: String(a1), channel: 'online' })).toEqual(['online wola']);
			expect(await texts({ area: 'none' })).toEqual(['kiosk bielany']);
			expect(await texts({ theme: String(book.themes.picnics) })).toEqual(['kiosk wola']);
			expect(await texts({ event: 'none', status: 'coded' })).toEqual(['online wola']);
			expect(await texts({ coder: String(book.analyst.id), district: 'wola' })).toHaveLength(2);

			const facets = await sut.inboxFacets(db, book.consultation.id, query({ channel: 'kiosk' }));
			expect(facets.channel).toEqual({ kiosk: 2, online: 1 });
			expect(facets.district).toEqual({ wola: 1, bielany: 1 });
			expect(facets.area).toEqual({ [a1]: 1, [a2]: 1, none: 1 });
			expect(facets.status).toEqual({ coded: 1, received: 1 });
			expect(facets.event).toEqual({ [event.id]: 1, none: 1 });
		});

		it('tells excluded opinions and split originals apart from the ones waiting', async () => {
			const spam = await makeOpinion(db, book.consultation.id, { text: 'spam' });
			const long = await makeOpinion(db, book.consultation.id, { text: 'dwie sprawy' });
			await makeOpinion(db, book.consultation.id, { text: 'czeka' });
			unwrap(
				await excludeOpinions(db, book.analyst.id, book.consultation.id, [spam], {
					reason: 'spam',
					duplicateOfId: null
				})
			);
			unwrap(
				await splitOpinion(
					db,
					book.analyst.id,
					book.consultation.id,
					long,
					['sprawa 1', 'sprawa 2'],
					0
				)
			);

			expect((await texts({ status: 'received' })).sort()).toEqual([
				'czeka',
				'sprawa 1',
				'sprawa 2'
			]);
			expect(await texts({ status: 'excluded' })).toEqual(['spam']);
			expect(await texts({ status: 'split' })).toEqual(['dwie sprawy']);
		});
	});

	it('pages through, keeping the last page when asked past it', async () => {
		for (let i = 0; i < 53; i++) {
			await makeOpinion(db, book.consultation.id, {
				text: `opinia ${i}`,
				received_at: `2026-06-01T10:${String(i).padStart(2, '0')}:00.000Z`
			});
		}
		const first = await sut.loadInbox(db, book.consultation.id, query());
		const beyond = await sut.loadInbox(db, book.consultation.id, query({ page: '9' }));

		expect(first).toMatchObject({ total: 53, page: 1, pages: 2 });
		expect(first.rows[0]?.text).toBe('opinia 52');
		expect(beyond.page).toBe(2);
		expect(beyond.rows.map((r) => r.text)).toEqual(['opinia 2', 'opinia 1', 'opinia 0']);
	});

	it.each<Record<string, string>>([
		{ channel: 'fax' },
		{ area: '1; drop table comments' },
		{ page: '0' },
		{ page: '-1' },
		{ sort: 'random' },
		{ q: 'x'.repeat(201) }
	])('refuses a filter the inbox does not know: %j', (params) => {
		expect(parseInboxQuery(new URLSearchParams(params))).toBeNull();
	});
});
