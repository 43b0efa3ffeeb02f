import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportSnapshot } from '$lib/domain/report';
import type { Database } from '../db/connect';
import { findConsultationBySlug } from '../repositories/consultations';
import { makeConsultation } from '../testing/factories';
import { createTestDb } from '../testing/db';
import { makeReportFixture } from '../testing/report';
import { buildReport as sut } from './report';

async function reportOf(db: Database, slug: string) {
	const consultation = await findConsultationBySlug(db, slug);
	return sut(db, consultation!, new Date('2018-06-14T08:00:00Z'));
}

describe('buildReport on the hand-built fixture', () => {
	let fixture: Awaited<ReturnType<typeof makeReportFixture>>;
	let report: ReportSnapshot;

	beforeAll(async () => {
		const db = await createTestDb();
		fixture = await makeReportFixture(db);
		report = await reportOf(db, fixture.consultation.slug);
	});

	it('counts what is neither set aside nor split, and the units of a split one', () => {
		expect(report.figures).toEqual({
			opinions: 11,
			coded: 8,
			excluded: 1,
			people: 65,
			events: 2,
			meetings: 1,
			channels: 4,
			firstAt: '2018-05-19T10:00:00.000Z',
			lastAt: '2018-05-31T12:00:00.000Z'
		});
	});

	it('tallies channels in their fixed order and the parts add up to the whole', () => {
		expect(report.channels).toEqual([
			{ key: 'kiosk', n: 3 },
			{ key: 'meeting', n: 3 },
			{ key: 'online', n: 4 },
			{ key: 'email', n: 1 }
		]);
		const total = (tallies: { n: number }[]) => tallies.reduce((s, t) => s + t.n, 0);
		expect(total(report.channels)).toBe(11);
		expect(total(report.districts)).toBe(11);
		expect(total(report.ageBands)).toBe(11);
		expect(total(report.overTime)).toBe(11);
		expect(total(report.events.map((e) => ({ n: e.opinions }))) + report.withoutEvent).toBe(11);
	});

	it('lists events with their opinions, tables and accessibility measures', () => {
		const [picnic, meeting] = report.events;
		expect(picnic).toMatchObject({ title: 'Piknik na Bielanach', opinions: 3, participants: 40 });
		expect(meeting).toMatchObject({
			kind: 'open_meeting',
			opinions: 3,
			participants: 25,
			accessibility: ['pjm_interpreter', 'step_free']
		});
		expect(meeting!.tables.map((t) => [t.name, t.opinions, t.participants])).toEqual([
			['Stolik 1', 2, 12],
			['Stolik 2', 1, 13]
		]);
		expect(report.withoutEvent).toBe(5);
	});

	it('keeps „not given” as a value of its own for district and age', () => {
		expect(report.districts).toEqual([
			{ key: 'bielany', n: 4 },
			{ key: 'none', n: 2 },
			{ key: 'mokotow', n: 1 },
			{ key: 'outside-warsaw', n: 1 },
			{ key: 'srodmiescie', n: 1 },
			{ key: 'undisclosed', n: 1 },
			{ key: 'wola', n: 1 }
		]);
		expect(report.ageBands).toEqual([
			{ key: '18-29', n: 1 },
			{ key: '30-44', n: 1 },
			{ key: '45-59', n: 1 },
			{ key: '60-74', n: 1 },
			{ key: 'none', n: 7 }
		]);
	});

	it('compares the Warsaw districts given with every district’s population', () => {
		const rows = report.representativeness.rows;
		expect(rows).toHaveLength(18);
		expect(rows.find((r) => r.district === 'bielany')).toEqual({
			district: 'bielany',
			population: 130_910,
			opinions: 4
		});
		expect(rows.reduce((s, r) => s + r.opinions, 0)).toBe(7);
		expect(report.representativeness.asOf).toBe('2024-06-30');
	});

	it('counts areas, ranks their themes and keeps cross-cutting themes apart', () => {
		expect(report.areas.map((a) => [a.code, a.opinions])).toEqual([
			[1, 4],
			[2, 3],
			[3, 2]
		]);
		expect(report.withoutArea).toBe(3);
		expect(report.areas[0]!.themes).toEqual([
			{ id: fixture.themes.picnics, name: 'Pikniki sąsiedzkie', n: 2 }
		]);
		expect(report.areas[1]!.themes.map((t) => [t.name, t.n])).toEqual([['Seniorzy', 3]]);
		expect(report.crossThemes.map((t) => [t.name, t.n])).toEqual([['Zieleń i skwery', 1]]);
	});

	it('crosses areas with channels, opinions without an area included', () => {
		const cell = (areaId: number | null, channel: string) =>
			report.areaByChannel.find((r) => r.areaId === areaId && r.channel === channel)?.n ?? 0;
		const [a1, a2, a3] = fixture.areas.map((a) => a.id);
		expect([cell(a1!, 'kiosk'), cell(a1!, 'meeting'), cell(a1!, 'online')]).toEqual([2, 1, 1]);
		expect([cell(a2!, 'kiosk'), cell(a2!, 'online')]).toEqual([2, 1]);
		expect([cell(a3!, 'meeting'), cell(a3!, 'online')]).toEqual([1, 1]);
		expect([cell(null, 'meeting'), cell(null, 'email'), cell(null, 'online')]).toEqual([1, 1, 1]);
	});

	it('quotes an opinion that reads well alone, with what its attribution needs', () => {
		expect(report.areas[0]!.quotes).toEqual([
			{
				commentId: fixture.ids[0],
				text: expect.stringContaining('sąsiedzi mogą się spotkać') as string,
				district: 'bielany',
				channel: 'kiosk',
				eventTitle: 'Piknik na Bielanach',
				eventKind: 'neighbour_day'
			}
		]);
		expect(report.areas[1]!.quotes).toEqual([]);
	});

	it('counts days on Warsaw’s calendar: 23.00 UTC on 19 May is 20 May in Warsaw', () => {
		expect(report.overTime).toEqual([
			{ key: '2018-05-19', n: 2 },
			{ key: '2018-05-20', n: 1 },
			{ key: '2018-05-29', n: 3 },
			{ key: '2018-05-30', n: 2 },
			{ key: '2018-05-31', n: 3 }
		]);
	});

	it('summarises responses by status, with opinions not yet answered', () => {
		expect(report.responses).toEqual({
			total: 11,
			none: 8,
			byStatus: { accepted: 2, partly_accepted: 0, rejected: 1, explanation: 0, out_of_scope: 0 }
		});
	});
});

describe('buildReport on a consultation without opinions', () => {
	it('is an honest empty report: zeros and empty lists, nothing that is not a number', async () => {
		const db = await createTestDb();
		const consultation = await makeConsultation(db);
		const report = await reportOf(db, consultation.slug);
		expect(report.figures).toMatchObject({ opinions: 0, coded: 0, excluded: 0, channels: 0 });
		expect(report.figures.firstAt).toBeNull();
		expect(report.channels).toEqual([]);
		expect(report.overTime).toEqual([]);
		expect(report.responses.total).toBe(0);
		expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
	});
});
