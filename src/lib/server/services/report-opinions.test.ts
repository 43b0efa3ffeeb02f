import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { makeOpinion } from '../testing/coding';
import { createTestDb } from '../testing/db';
import { makeConsultation } from '../testing/factories';
import { makeReportFixture } from '../testing/report';
import { REPORT_PAGE_SIZE, reportOpinionPage as sut, reportOpinionSlices } from './report-opinions';

describe('the zestawienie uwag, live', () => {
	let db: Database;
	let fixture: Awaited<ReturnType<typeof makeReportFixture>>;

	beforeAll(async () => {
		db = await createTestDb();
		fixture = await makeReportFixture(db);
	});

	it('lists every counted opinion in arrival order, numbered, with its coding and response', async () => {
		const page = await sut(db, fixture.consultation.id, null, 11, 1);
		expect(page).toMatchObject({ total: 11, page: 1, pages: 1 });
		expect(page.rows.map((r) => r.lp)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(page.rows.map((r) => r.id).slice(0, 9)).toEqual(fixture.ids.slice(0, 9));
		expect(page.rows.slice(9).map((r) => r.id)).toEqual(fixture.units);
		expect(page.rows[1]).toMatchObject({
			channel: 'kiosk',
			district: 'bielany',
			areas: [
				{ code: 1, name: fixture.areas[0].name_pl },
				{ code: 2, name: fixture.areas[1].name_pl }
			],
			themes: ['Pikniki sąsiedzkie', 'Seniorzy'],
			status: 'rejected',
			justification: 'Uzasadnienie.'
		});
		expect(page.rows[2]).toMatchObject({ status: null, justification: '' });
	});

	it('reads the same rows in slices as in one page', async () => {
		const sliced = [];
		for await (const slice of reportOpinionSlices(db, fixture.consultation.id, null, 4)) {
			sliced.push(...slice);
		}
		const page = await sut(db, fixture.consultation.id, null, 11, 1);
		expect(sliced).toEqual(page.rows);
	});
});

describe('the zestawienie uwag, paging and privacy', () => {
	it('pages by 100 and keeps the last page when asked past it', async () => {
		const db = await createTestDb();
		const consultation = await makeConsultation(db);
		for (let i = 0; i < REPORT_PAGE_SIZE + 5; i++) await makeOpinion(db, consultation.id);
		const last = await sut(db, consultation.id, null, REPORT_PAGE_SIZE + 5, 9);
		expect(last).toMatchObject({ page: 2, pages: 2 });
		expect(last.rows.map((r) => r.lp)).toEqual([101, 102, 103, 104, 105]);
	});

	it('shows the redacted text and keeps markup as plain text', async () => {
		const db = await createTestDb();
		const consultation = await makeConsultation(db);
		await makeOpinion(db, consultation.id, {
			text: 'Piszcie na jan.kowalski@example.org <script>alert(1)</script> =1+1'
		});
		const [row] = (await sut(db, consultation.id, null, 1, 1)).rows;
		expect(row!.text).not.toContain('jan.kowalski@example.org');
		expect(row!.text).toContain('<script>alert(1)</script> =1+1');
	});

	it('gives an empty first page for a consultation without opinions', async () => {
		const db = await createTestDb();
		const consultation = await makeConsultation(db);
		expect(await sut(db, consultation.id, null, 0, 1)).toEqual({
			rows: [],
			total: 0,
			page: 1,
			pages: 1
		});
	});
});
