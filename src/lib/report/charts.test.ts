import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportSnapshot } from '$lib/domain/report';
import { parseInboxQuery } from '$lib/schemas/inbox';
import type { Database } from '$lib/server/db/connect';
import { findConsultationBySlug } from '$lib/server/repositories/consultations';
import { loadInbox } from '$lib/server/services/inbox';
import { buildReport } from '$lib/server/services/report';
import { createTestDb } from '$lib/server/testing/db';
import { makeReportFixture } from '$lib/server/testing/report';
import { reportCharts as sut } from './charts';

const drill = (filters: Record<string, string>) =>
	`/opinions?${new URLSearchParams({ ...filters, status: 'included' })}`;

describe('reportCharts', () => {
	let db: Database;
	let consultationId: number;
	let report: ReportSnapshot;

	beforeAll(async () => {
		db = await createTestDb();
		const fixture = await makeReportFixture(db);
		const consultation = (await findConsultationBySlug(db, fixture.consultation.slug))!;
		consultationId = consultation.id;
		report = await buildReport(db, consultation);
	});

	it('draws areas, themes per area, area × channel, events, districts, ages and days', () => {
		expect(sut(report, 'pl', null).map((c) => c.id)).toEqual([
			'areas',
			'themes-1',
			'themes-2',
			'area-channel',
			'events',
			'districts',
			'ages',
			'time'
		]);
	});

	it('links every figure to inbox filters that find exactly that many opinions', async () => {
		let checked = 0;
		for (const chart of sut(report, 'pl', drill)) {
			for (const series of chart.series) {
				for (const [i, href] of (series.links ?? []).entries()) {
					const query = parseInboxQuery(new URL(href!, 'http://x').searchParams);
					expect(query, href!).not.toBeNull();
					const inbox = await loadInbox(db, consultationId, query!);
					expect(inbox.total, `${chart.id} ${series.label} ${chart.labels[i]}`).toBe(
						series.values[i]
					);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(30);
	});

	it('draws every day between the first and the last, days without opinions as zeros', () => {
		const time = sut(report, 'pl', null).find((c) => c.id === 'time')!;
		expect(time.labels).toHaveLength(13);
		expect(time.series[0]!.values).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 3]);
		expect(time.labels[0]).toBe('19 maja 2018 r.');
	});

	it('has no links on the public report', () => {
		expect(sut(report, 'pl', null).every((c) => c.series.every((s) => s.links === null))).toBe(
			true
		);
	});

	it('speaks the reader’s language', () => {
		const [areas] = sut(report, 'en', null);
		expect(areas!.title).toBe('Opinions by programme area');
		expect(areas!.labels.at(-1)).toBe('No area');
	});
});
