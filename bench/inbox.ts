import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInboxQuery } from '../src/lib/schemas/inbox';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateToLatest } from '../src/lib/server/db/migrator';
import { inboxFacets, loadInbox } from '../src/lib/server/services/inbox';
import { BenchFailure, progress } from './log';
import { summarise } from './stats';
import { seedBenchConsultation } from './support/seed';
import type { BenchContext } from './support/opinions';

export const INBOX_PLAN = { opinions: 200_000, rounds: 20, facetRounds: 5, goalP95Ms: 30 };

/**
 * What analysts ask of the inbox, each the same number of times: every filter alone, a few
 * together, search alone (common words, a phrase with „w”, rare words, a name, no match, by
 * relevance), search with filters, and deep pages.
 */
function queries(context: BenchContext): Record<string, Record<string, string>> {
	const [area, theme, event, coder] = [
		context.areaIds[0],
		context.themeIds[0],
		context.events[0]?.id,
		context.users[0]
	].map(String);
	return {
		all: {},
		'status: waiting': { status: 'received' },
		'channel: e-mail': { channel: 'email' },
		event: { event: event! },
		district: { district: 'wola' },
		'age band': { age: '60-74' },
		area: { area: area! },
		'area: none': { area: 'none' },
		theme: { theme: theme! },
		'theme: none': { theme: 'none' },
		'response: none': { response: 'no' },
		coder: { coder: coder! },
		unassigned: { assignee: 'none' },
		'three days': { from: '2026-05-10', to: '2026-05-12' },
		'area+channel': { area: area!, channel: 'kiosk' },
		'theme+no response': { theme: theme!, response: 'no' },
		'event+district+age': { event: event!, district: 'wola', age: '60-74' },
		'search common: park': { q: 'park' },
		'search phrase: w parku': { q: 'w parku' },
		'search two words: dom kultury': { q: 'dom kultury' },
		'search rare: herbaty': { q: 'herbaty' },
		'search name: Kaczmarek': { q: 'Kaczmarek' },
		'search no match': { q: 'xylofonista' },
		'search by relevance': { q: 'zieleń skwer', sort: 'relevance' },
		'search+district': { q: 'dom kultury', district: 'mokotow' },
		'search+area+status': { q: 'sąsiadów', area: area!, status: 'coded' },
		'search+channel+no response': { q: 'ławki', channel: 'kiosk', response: 'no' },
		'page 100': { page: '100' },
		'oldest, page 2000': { sort: 'oldest', page: '2000' },
		'search park, page 50': { q: 'park', page: '50' }
	};
}

type Timings = { total: number; list: number[]; facets: number[] };

/**
 * The inbox at 200 000 generated opinions, in process (server time without HTTP): the list
 * (count, page, the page's rows and coding), which the page waits for, and apart from it the
 * facet counts, which the page streams after the list.
 */
export async function benchInbox(plan = INBOX_PLAN): Promise<Record<string, unknown>> {
	const dir = mkdtempSync(join(tmpdir(), 'glosy-inbox-'));
	const db = openDatabase(join(dir, 'bench.sqlite'));
	try {
		await migrateToLatest(db);
		progress(`Inbox: generating ${plan.opinions} opinions`);
		const seeded = await seedBenchConsultation(db, plan.opinions);
		const { consultationId } = seeded.context;
		const cases = Object.entries(queries(seeded.context)).map(([name, params]) => {
			const query = parseInboxQuery(new URLSearchParams(params));
			if (!query) throw new BenchFailure(`inbox query ${name} does not parse`);
			return { name, query };
		});
		const byQuery = new Map<string, Timings>();
		progress(`Inbox: ${cases.length} queries × ${plan.rounds} rounds`);
		for (let round = 0; round < plan.rounds; round++) {
			for (const { name, query } of cases) {
				let started = performance.now();
				const { total } = await loadInbox(db, consultationId, query);
				const timings = byQuery.get(name) ?? { total, list: [], facets: [] };
				timings.list.push(performance.now() - started);
				if (round < plan.facetRounds) {
					started = performance.now();
					await inboxFacets(db, consultationId, query);
					timings.facets.push(performance.now() - started);
				}
				byQuery.set(name, timings);
			}
		}
		const all = [...byQuery.values()];
		const list = summarise(all.flatMap((t) => t.list));
		return {
			opinions: plan.opinions,
			seedSeconds: Math.round(seeded.seconds * 10) / 10,
			list: { ...list, goalP95Ms: plan.goalP95Ms, met: list.p95Ms <= plan.goalP95Ms },
			facets: summarise(all.flatMap((t) => t.facets)),
			byQuery: Object.fromEntries(
				[...byQuery].map(([name, { total, list, facets }]) => {
					const { medianMs, p95Ms, p99Ms } = summarise(list);
					const facet = summarise(facets);
					return [
						name,
						{
							total,
							medianMs,
							p95Ms,
							p99Ms,
							facetsMedianMs: facet.medianMs,
							facetsP95Ms: facet.p95Ms
						}
					];
				})
			)
		};
	} finally {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	}
}
