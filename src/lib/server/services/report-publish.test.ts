import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import type { Consultation } from '../db/types';
import { findConsultationBySlug } from '../repositories/consultations';
import { codeOpinion } from './coding';
import { buildReport } from './report';
import { countPublished, reportOpinionPage } from './report-opinions';
import { loadPublishedReport, publishReport as sut, reportVersions } from './report-publish';
import { versionOf } from '../testing/coding';
import { createTestDb } from '../testing/db';
import { countRows } from '../testing/factories';
import { makeReportFixture } from '../testing/report';

describe('publishReport', () => {
	let db: Database;
	let fixture: Awaited<ReturnType<typeof makeReportFixture>>;
	let consultation: Consultation;

	beforeEach(async () => {
		db = await createTestDb();
		fixture = await makeReportFixture(db);
		consultation = (await findConsultationBySlug(db, fixture.consultation.slug))!;
	});

	const recode = async (commentId: number, areaIds: number[]) => {
		const { version } = await versionOf(db, commentId);
		await codeOpinion(db, fixture.analyst.id, consultation.id, commentId, {
			areaIds,
			themeIds: [],
			expectedVersion: version
		});
	};

	it('freezes figures and the table: later coding changes the live report only', async () => {
		expect(await sut(db, fixture.analyst.id, consultation)).toEqual({ ok: true, version: 1 });
		const uncoded = fixture.ids[4];
		await recode(uncoded, [fixture.areas[1].id]);

		const live = await buildReport(db, consultation);
		const published = (await loadPublishedReport(db, consultation.id, 1))!;
		expect(live.areas[1]!.opinions).toBe(4);
		expect(published.snapshot.areas[1]!.opinions).toBe(3);
		const frozen = await reportOpinionPage(db, consultation.id, { version: 1 }, 11, 1);
		expect(frozen.rows.find((r) => r.id === uncoded)!.areas).toEqual([]);
		const current = await reportOpinionPage(db, consultation.id, null, 11, 1);
		expect(current.rows.find((r) => r.id === uncoded)!.areas.map((a) => a.code)).toEqual([2]);
	});

	it('numbers versions; old ones stay readable, a missing one is null', async () => {
		await sut(db, fixture.analyst.id, consultation);
		await recode(fixture.ids[4], [fixture.areas[2].id]);
		expect(await sut(db, fixture.analyst.id, consultation)).toEqual({ ok: true, version: 2 });

		expect((await reportVersions(db, consultation.id)).map((v) => v.version)).toEqual([2, 1]);
		expect((await loadPublishedReport(db, consultation.id, null))!.version).toBe(2);
		expect((await loadPublishedReport(db, consultation.id, 1))!.snapshot.withoutArea).toBe(3);
		expect((await loadPublishedReport(db, consultation.id, 2))!.snapshot.withoutArea).toBe(2);
		expect(await loadPublishedReport(db, consultation.id, 3)).toBeNull();
		expect(await countPublished(db, consultation.id, 1)).toBe(11);
		expect(await countPublished(db, consultation.id, 2)).toBe(11);
	});

	it('refuses a second publication while one is running', async () => {
		const [first, second] = await Promise.all([
			sut(db, fixture.analyst.id, consultation),
			sut(db, fixture.analyst.id, consultation)
		]);
		expect(first).toEqual({ ok: true, version: 1 });
		expect(second).toEqual({ ok: false, reason: 'in_progress' });
	});

	it('clears rows a publication cut short left behind, so the next one is whole', async () => {
		await db
			.insertInto('report_opinions')
			.values({
				consultation_id: consultation.id,
				version: 1,
				lp: 1,
				comment_id: fixture.ids[0],
				received_at: '2018-05-19T10:00:00.000Z',
				channel: 'kiosk',
				text: 'pozostałość'
			})
			.execute();
		expect(await sut(db, null, consultation)).toEqual({ ok: true, version: 1 });
		const page = await reportOpinionPage(db, consultation.id, { version: 1 }, 11, 1);
		expect(page.rows.map((r) => r.text)).not.toContain('pozostałość');
		expect(await countRows(db, 'report_opinions')).toBe(11);
	});

	it('records who published which version in the audit log', async () => {
		await sut(db, fixture.analyst.id, consultation);
		const entry = await db
			.selectFrom('audit_log')
			.select(['actor_user_id', 'after_json'])
			.where('action', '=', 'report.publish')
			.executeTakeFirstOrThrow();
		expect(entry.actor_user_id).toBe(fixture.analyst.id);
		expect(JSON.parse(entry.after_json!)).toEqual({ version: 1, opinions: 11 });
	});
});
