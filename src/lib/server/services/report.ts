import { DISTRICT_POPULATION } from '$lib/domain/district-population';
import { WARSAW_DISTRICTS, type DistrictCode } from '$lib/domain/districts';
import type {
	ReportArea,
	ReportEvent,
	ReportQuote,
	ReportSnapshot,
	ReportTheme,
	Tally
} from '$lib/domain/report';
import {
	ACCESSIBILITY_FEATURES,
	AGE_BANDS,
	CHANNELS,
	isOneOf,
	type AgeBand,
	type Channel,
	type ConsultationStatus,
	type EventKind
} from '$lib/domain/vocabularies';
import { warsawDate } from '$lib/domain/warsaw-date';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import { listAreas, listThemes } from '../repositories/codebook';
import { listQuestions } from '../repositories/consultations';
import {
	countAreasByChannel,
	countByHour,
	countByProvenance,
	countExcluded,
	countThemes,
	countResponses,
	findQuote,
	listReportEvents,
	listReportTables
} from '../repositories/report';
import { publicText } from './redaction';
import { tallyResponses } from './responses';

const QUOTES_PER_AREA = 3;
/** Themes tried for a quote: the leading ones, since a quote should show what many said. */
const QUOTE_PROBES = 6;

type ProvenanceRow = Awaited<ReturnType<typeof countByProvenance>>[number];

/**
 * The report's figures, live: what a published version freezes. Every count starts from the
 * same set of opinions (repositories/report `counted`), so the parts add up to the whole.
 */
export async function buildReport(
	db: Database,
	consultation: Consultation,
	now = new Date()
): Promise<ReportSnapshot> {
	const id = consultation.id;
	const provenance = await countByProvenance(db, id);
	const opinions = sum(provenance);
	const channels = tally(provenance, (r) => r.channel as Channel, CHANNELS);
	const events = await reportEvents(db, id, provenance);
	const byChannel = await areaByChannel(db, id);
	const areas = await reportAreas(db, id, byChannel);
	const hours = await countByHour(db, id);
	return {
		schema: 1,
		generatedAt: now.toISOString(),
		consultation: {
			slug: consultation.slug,
			title: consultation.title,
			description: consultation.description,
			visionText: consultation.vision_text,
			opensOn: consultation.opens_on,
			closesOn: consultation.closes_on,
			status: consultation.status as ConsultationStatus,
			questions: (await listQuestions(db, id)).map((q) => q.text)
		},
		figures: {
			opinions,
			coded: provenance.reduce((n, r) => n + Number(r.coded ?? 0), 0),
			excluded: await countExcluded(db, id),
			people: events.reduce((n, e) => n + (e.participants ?? 0), 0),
			events: events.length,
			meetings: events.filter((e) => e.kind === 'open_meeting' || e.kind === 'workshop').length,
			channels: channels.length,
			...arrivalSpan(hours)
		},
		channels,
		events,
		withoutEvent: sum(provenance.filter((r) => r.event_id === null)),
		districts: tally(provenance, (r) => (r.district ?? 'none') as DistrictCode | 'none'),
		ageBands: tally(provenance, (r) => (r.age_band ?? 'none') as AgeBand | 'none', [
			...AGE_BANDS,
			'none'
		]),
		representativeness: representativeness(provenance),
		areas: areas.areas,
		withoutArea: byChannel.filter((r) => r.areaId === null).reduce((n, r) => n + r.n, 0),
		crossThemes: areas.crossThemes,
		areaByChannel: byChannel,
		overTime: overTime(hours),
		responses: await responseCounts(db, id, opinions)
	};
}

const sum = (rows: ProvenanceRow[]) => rows.reduce((n, r) => n + Number(r.n), 0);

/** Counts by a key, in the vocabulary's order when given (else largest first), zeros left out. */
function tally<K extends string>(
	rows: ProvenanceRow[],
	keyOf: (row: ProvenanceRow) => K,
	order?: readonly K[]
): Tally<K>[] {
	const counts = new Map<K, number>();
	for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + Number(row.n));
	const entries = [...counts].map(([key, n]) => ({ key, n }));
	if (order) return entries.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
	return entries.sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

type HourRow = Awaited<ReturnType<typeof countByHour>>[number];

function arrivalSpan(hours: HourRow[]) {
	const sorted = hours.map((h) => h.hour).sort();
	const first = sorted[0];
	const last = sorted.at(-1);
	return {
		firstAt: first ? `${first}:00:00.000Z` : null,
		lastAt: last ? `${last}:00:00.000Z` : null
	};
}

function overTime(hours: HourRow[]): Tally<string>[] {
	const days = new Map<string, number>();
	for (const { hour, n } of hours) {
		const day = warsawDate(new Date(`${hour}:00:00Z`));
		days.set(day, (days.get(day) ?? 0) + Number(n));
	}
	return [...days].map(([key, n]) => ({ key, n })).sort((a, b) => a.key.localeCompare(b.key));
}

async function reportEvents(
	db: Database,
	consultationId: number,
	provenance: ProvenanceRow[]
): Promise<ReportEvent[]> {
	const byEvent = new Map<number, number>();
	const byTable = new Map<number, number>();
	for (const row of provenance) {
		if (row.event_id !== null) byEvent.set(row.event_id, (byEvent.get(row.event_id) ?? 0) + +row.n);
		if (row.table_id !== null) byTable.set(row.table_id, (byTable.get(row.table_id) ?? 0) + +row.n);
	}
	const tables = await listReportTables(db, consultationId);
	const events = await listReportEvents(db, consultationId);
	return events.map((e) => ({
		id: e.id,
		title: e.title,
		kind: e.kind as EventKind,
		organiser: e.organiser,
		place: e.place,
		address: e.address,
		district: e.district as DistrictCode | null,
		startsAt: e.starts_at,
		endsAt: e.ends_at,
		participants: e.participants_count,
		opinions: byEvent.get(e.id) ?? 0,
		accessibility: (JSON.parse(e.features ?? '[]') as string[])
			.filter((f) => isOneOf(ACCESSIBILITY_FEATURES, f))
			.sort((a, b) => ACCESSIBILITY_FEATURES.indexOf(a) - ACCESSIBILITY_FEATURES.indexOf(b)),
		accessibilityNotes: e.accessibility_notes,
		tables: tables
			.filter((t) => t.event_id === e.id)
			.map((t) => ({
				id: t.id,
				name: t.name,
				areaId: t.area_id,
				participants: t.participants_count,
				opinions: byTable.get(t.id) ?? 0
			}))
	}));
}

function representativeness(provenance: ProvenanceRow[]): ReportSnapshot['representativeness'] {
	const byDistrict = new Map<string, number>();
	for (const row of provenance) {
		if (row.district) byDistrict.set(row.district, (byDistrict.get(row.district) ?? 0) + +row.n);
	}
	return {
		source: DISTRICT_POPULATION.source,
		sourceUrl: DISTRICT_POPULATION.sourceUrl,
		asOf: DISTRICT_POPULATION.asOf,
		rows: WARSAW_DISTRICTS.map((d) => ({
			district: d.code,
			population: DISTRICT_POPULATION.residents[d.code],
			opinions: byDistrict.get(d.code) ?? 0
		}))
	};
}

type AreaChannelCount = ReportSnapshot['areaByChannel'][number];

async function areaByChannel(db: Database, consultationId: number): Promise<AreaChannelCount[]> {
	return (await countAreasByChannel(db, consultationId)).map((r) => ({
		areaId: r.area_id,
		channel: r.channel as Channel,
		n: Number(r.n)
	}));
}

async function responseCounts(db: Database, consultationId: number, opinions: number) {
	return tallyResponses(await countResponses(db, consultationId), opinions);
}

async function reportAreas(db: Database, consultationId: number, byChannel: AreaChannelCount[]) {
	const counts = new Map<number, number>();
	for (const r of byChannel) {
		if (r.areaId !== null) counts.set(r.areaId, (counts.get(r.areaId) ?? 0) + r.n);
	}
	const themeCounts = new Map(
		(await countThemes(db, consultationId)).map((r) => [r.theme_id, Number(r.n)])
	);
	const themes = (await listThemes(db, consultationId))
		.map((t) => ({ id: t.id, name: t.name, areaId: t.area_id, n: themeCounts.get(t.id) ?? 0 }))
		.filter((t) => t.n > 0)
		.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'pl'));
	const ranked = (areaId: number | null): ReportTheme[] =>
		themes.filter((t) => t.areaId === areaId).map(({ id, name, n }) => ({ id, name, n }));
	const areas: ReportArea[] = [];
	for (const area of await listAreas(db, consultationId)) {
		const areaThemes = ranked(area.id);
		areas.push({
			id: area.id,
			code: area.code,
			name: area.name_pl,
			colour: area.colour,
			opinions: counts.get(area.id) ?? 0,
			themes: areaThemes,
			quotes: await quotesFor(db, consultationId, area.id, areaThemes)
		});
	}
	return { areas, crossThemes: ranked(null) };
}

/** One quote for each of the area's leading themes; for an area without themes, its first. */
async function quotesFor(
	db: Database,
	consultationId: number,
	areaId: number,
	themes: ReportTheme[]
): Promise<ReportQuote[]> {
	const quotes: ReportQuote[] = [];
	const themeIds = themes.length > 0 ? themes.slice(0, QUOTE_PROBES).map((t) => t.id) : [null];
	for (const themeId of themeIds) {
		if (quotes.length === QUOTES_PER_AREA) break;
		const skip = quotes.map((q) => q.commentId);
		const row = await findQuote(db, consultationId, areaId, themeId, skip);
		if (!row) continue;
		quotes.push({
			commentId: row.id,
			text: publicText(row),
			district: row.district as DistrictCode | null,
			channel: row.channel as Channel,
			eventTitle: row.event_title,
			eventKind: row.event_kind as EventKind | null
		});
	}
	return quotes;
}
