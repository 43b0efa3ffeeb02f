import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInboxQuery } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { migrator } from '../db/migrator';
import { createTestDb } from '../testing/db';
import { makeOpinion } from '../testing/coding';
import { makeConsultation } from '../testing/factories';
import * as sut from './inbox';

// The search index holds each opinion's consultation: a search keeps to it inside the index.
describe('a search in one consultation', () => {
	let db: Database;
	let ours: number;
	let theirs: number;

	const load = (consultationId: number, params: Record<string, string>) =>
		sut.loadInbox(db, consultationId, parseInboxQuery(new URLSearchParams(params))!);
	const found = async (consultationId: number, params: Record<string, string>) => {
		const inbox = await load(consultationId, params);
		return { total: inbox.total, texts: inbox.rows.map((r) => r.text).sort() };
	};

	beforeEach(async () => {
		db = await createTestDb();
		ours = (await makeConsultation(db, { status: 'open' })).id;
		theirs = (await makeConsultation(db, { status: 'open' })).id;
		await makeOpinion(db, ours, { text: 'Ławki w parku', channel: 'kiosk' });
		await makeOpinion(db, ours, { text: 'Park przy szkole', channel: 'online' });
		for (let i = 0; i < 5; i++) await makeOpinion(db, theirs, { text: `Park nr ${i}` });
	});

	afterEach(async () => db.destroy());

	it('counts and lists only its own opinions, with or without other filters', async () => {
		expect(await found(ours, { q: 'park' })).toEqual({
			total: 2,
			texts: ['Park przy szkole', 'Ławki w parku']
		});
		expect(await found(ours, { q: 'park', channel: 'kiosk' })).toEqual({
			total: 1,
			texts: ['Ławki w parku']
		});
		expect((await found(theirs, { q: 'park' })).total).toBe(5);
		expect((await found(ours, { q: 'park', sort: 'relevance' })).total).toBe(2);
	});

	it('finds nothing for the consultation’s own token, which is not a word of any opinion', async () => {
		expect(await found(ours, { q: `k${ours}` })).toEqual({ total: 0, texts: [] });
		expect(await found(theirs, { q: `k${theirs}` })).toEqual({ total: 0, texts: [] });
	});

	it('follows an opinion moved to another consultation', async () => {
		await db
			.updateTable('comments')
			.set({ consultation_id: theirs })
			.where('text', '=', 'Park przy szkole')
			.execute();

		expect((await found(ours, { q: 'park' })).texts).toEqual(['Ławki w parku']);
		expect((await found(theirs, { q: 'park' })).total).toBe(6);
	});

	it('holds the opinions stored before the index learned consultations, and forgets them going back', async () => {
		const before = '2026-11-26T08-00_inbox_search';
		expect((await migrator(db).migrateTo(before)).error).toBeUndefined();
		await makeOpinion(db, ours, { text: 'Park za torami' });
		expect((await migrator(db).migrateToLatest()).error).toBeUndefined();

		expect((await found(ours, { q: 'park' })).total).toBe(3);
		expect((await found(theirs, { q: 'park' })).total).toBe(5);
		expect((await migrator(db).migrateTo(before)).error).toBeUndefined();
		expect((await migrator(db).migrateToLatest()).error).toBeUndefined();
		expect((await found(ours, { q: 'torami' })).texts).toEqual(['Park za torami']);
	});
});
