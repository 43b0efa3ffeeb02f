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

export const INBOX_PLAN = { opinions: 200_000, rounds: 20, goalP95Ms: 30 };

/** What analysts ask of the inbox: filters alone, search alone, both, deep pages, relevance. */
function queries(areaId: number, themeId: number, eventId: number) {
	return {
		all: {},
		waiting: { status: 'received' },
		'area+channel': { area: String(areaId), channel: 'kiosk' },
		'theme+no response': { theme: String(themeId), response: 'no' },
		'event+district+age': { event: String(eventId), district: 'wola', age: '60-74' },
		'search one word': { q: 'ławki' },
		'search two words+district': { q: 'dom kultury', district: 'mokotow' },
		'search+area+status': { q: 'sąsiadów', area: String(areaId), status: 'coded' },
		'search by relevance': { q: 'zieleń skwer', sort: 'relevance' },
		'page 100': { page: '100' },
		'search no match': { q: 'xylofonista' }
	} satisfies Record<string, Record<string, string>>;
}

/**
 * The inbox's list query (filters + full-text search + count + the page's coding) on 200 000
 * generated opinions, in process: server time without HTTP. Facet counts, which the page
 * streams after the list, are measured apart.
 */
export async function benchInbox(plan = INBOX_PLAN): Promise<Record<string, unknown>> {
	const dir = mkdtempSync(join(tmpdir(), 'glosy-inbox-'));
	const db = openDatabase(join(dir, 'bench.sqlite'));
	try {
		await migrateToLatest(db);
		progress(`Inbox: generating ${plan.opinions} opinions`);
		const seeded = await seedBenchConsultation(db, plan.opinions);
		const { consultationId, areaIds, themeIds, events } = seeded.context;
		const cases = queries(areaIds[0]!, themeIds[0]!, events[0]!.id);
		const list: number[] = [];
		const facets: number[] = [];
		const byQuery: Record<string, { total: number; times: number[] }> = {};
		progress(`Inbox: ${Object.keys(cases).length} queries × ${plan.rounds} rounds`);
		for (let round = 0; round < plan.rounds; round++) {
			for (const [name, params] of Object.entries(cases)) {
				const query = parseInboxQuery(new URLSearchParams(params));
				if (!query) throw new BenchFailure(`inbox query ${name} does not parse`);
				let started = performance.now();
				const inbox = await loadInbox(db, consultationId, query);
				const ms = performance.now() - started;
				list.push(ms);
				(byQuery[name] ??= { total: inbox.total, times: [] }).times.push(ms);
				started = performance.now();
				await inboxFacets(db, consultationId, query);
				facets.push(performance.now() - started);
			}
		}
		const listSummary = summarise(list);
		return {
			opinions: plan.opinions,
			seedSeconds: Math.round(seeded.seconds * 10) / 10,
			list: { ...listSummary, goalP95Ms: plan.goalP95Ms, met: listSummary.p95Ms <= plan.goalP95Ms },
			facets: summarise(facets),
			byQuery: Object.fromEntries(
				Object.entries(byQuery).map(([name, { total, times }]) => [
					name,
					{ total, ...summarise(times) }
				])
			)
		};
	} finally {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	}
}
