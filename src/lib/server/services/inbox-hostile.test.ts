import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INBOX_SEARCH_MAX, inboxQuerySchema, parseInboxQuery } from '$lib/schemas/inbox';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { expectedOpinion, NAUGHTY } from '../../../../tests/e2e/support/hostile-strings';
import { inboxFacets, loadInbox } from './inbox';

const FILTERS = Object.keys(inboxQuerySchema.entries).filter((key) => key !== 'q');

describe('the inbox search and filters under the naughty strings', () => {
	let db: Database;
	let consultationId: number;
	beforeAll(async () => {
		db = await createTestDb();
		consultationId = (await makeCodebook(db)).consultation.id;
		for (const text of NAUGHTY) {
			const expected = expectedOpinion(text);
			if (expected.accepted) await makeOpinion(db, consultationId, { text: expected.text });
		}
	});
	afterAll(() => db.destroy());

	const run = async (params: Record<string, string>, facets = true) => {
		const query = parseInboxQuery(new URLSearchParams(params));
		if (!query) return 'refused';
		const inbox = await loadInbox(db, consultationId, query);
		if (facets) await inboxFacets(db, consultationId, query);
		return inbox;
	};

	it('searches for every naughty string, in every order, without failing', async () => {
		for (const q of NAUGHTY) {
			for (const sort of ['newest', 'relevance']) {
				const inbox = await run({ q, sort }, sort === 'newest');
				if (q.length > INBOX_SEARCH_MAX) expect(inbox).toBe('refused');
				else expect(typeof inbox === 'string' ? inbox : typeof inbox.total).toBe('number');
			}
		}
	}, 60_000);

	it('finds an opinion by a plain word in it', async () => {
		const inbox = await run({ q: 'Penistone' });
		expect(inbox === 'refused' ? [] : inbox.rows.map((r) => r.text)).toContain(
			'Penistone Community Church'
		);
	});

	it('refuses a naughty value of any other filter, or reads it as what it is', async () => {
		const accepted: string[] = [];
		for (const naughty of NAUGHTY) {
			for (const filter of FILTERS) {
				const inbox = await run({ [filter]: naughty });
				if (inbox !== 'refused') accepted.push(`${filter}=${naughty}`);
			}
		}
		// Only an empty or blank value (no filter), a number (an id or a page) and none remain.
		for (const pair of accepted) {
			expect(pair).toMatch(/^[a-z]+=(\s*|\d+|none|undefined)$/u);
		}
	});
});
