import { expect, type Locator, type Page } from '@playwright/test';
import { withDatabase } from './database';

export const REPORT_DEMO_SLUG = 'program-wspolnota-2018';

/**
 * A consultation of its own for a test (publishing changes what other specs would read): two
 * areas and, per opinion, the area code it is coded with. Returns its slug.
 */
export function createReportConsultation(areaCodes: number[]): string {
	const slug = `raport-${crypto.randomUUID().slice(0, 8)}`;
	withDatabase((db) =>
		db.transaction(() => {
			const { id } = db
				.prepare(
					`insert into consultations (slug, title, status, opens_on, closes_on, description)
					 values (?, ?, 'open', '2026-05-15', '2026-06-13', 'Konsultacja do testu raportu.')
					 returning id`
				)
				.get(slug, `Raport testowy ${slug}`) as { id: number };
			const area = db.prepare(
				`insert into areas (consultation_id, code, name_pl) values (?, ?, ?) returning id`
			);
			const areaIds = [1, 2].map(
				(code) => (area.get(id, code, `Obszar testowy ${code}`) as { id: number }).id
			);
			const comment = db.prepare(
				`insert into comments (uuid, consultation_id, channel, district, text, received_at)
				 values (?, ?, 'online', 'bielany', ?, ?) returning id`
			);
			const coded = db.prepare(`insert into comment_areas (comment_id, area_id) values (?, ?)`);
			areaCodes.forEach((code, i) => {
				const at = new Date(Date.UTC(2026, 4, 20, 10, i)).toISOString();
				const text = `Opinia ${i + 1}: <b>więcej ławek</b> =SUM(A1)`;
				const row = comment.get(crypto.randomUUID(), id, text, at) as { id: number };
				coded.run(row.id, areaIds[code - 1]);
			});
		})()
	);
	return slug;
}

/** Moves one opinion coded with area `from` to area `to`, as a later recoding would. */
export function recodeOneOpinion(slug: string, from: number, to: number) {
	withDatabase((db) => {
		const areaId = (code: number) =>
			(
				db
					.prepare(
						`select a.id from areas a join consultations c on c.id = a.consultation_id
						 where c.slug = ? and a.code = ?`
					)
					.get(slug, code) as { id: number }
			).id;
		const { comment_id } = db
			.prepare(`select comment_id from comment_areas where area_id = ? limit 1`)
			.get(areaId(from)) as { comment_id: number };
		db.prepare(`update comment_areas set area_id = ? where comment_id = ? and area_id = ?`).run(
			areaId(to),
			comment_id,
			areaId(from)
		);
	});
}

/** The report page, staff (live) or public (a published version). */
export class ReportPage {
	constructor(readonly page: Page) {}

	async gotoStaff(slug: string) {
		const response = await this.page.goto(`/staff/consultations/${slug}/report`);
		await this.page.waitForLoadState('networkidle');
		return response;
	}

	async gotoPublic(slug: string, version?: number | string) {
		const path = `/konsultacje/${slug}/raport${version === undefined ? '' : `/${version}`}`;
		const response = await this.page.goto(path);
		await this.page.waitForLoadState('networkidle');
		return response;
	}

	figure(key: string): Locator {
		return this.page.locator(`[data-figure="${key}"] strong`);
	}

	chart(id: string): Locator {
		return this.page.locator(`figure[data-chart="${id}"]`);
	}

	/** The cell of the chart's table for a category (first series); a link's text follows it. */
	cell(chartId: string, category: string): Locator {
		return this.chart(chartId)
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name: category, exact: true }) })
			.getByRole('cell')
			.first();
	}

	async publish(version: number) {
		await this.page.getByRole('button', { name: `Publikuj wersję ${version}` }).click();
		await expect(this.page.getByRole('status')).toContainText(
			`Opublikowano wersję ${version} raportu.`
		);
	}

	/**
	 * Finds a bar of a horizontal chart by moving the mouse down the canvas until Chart.js
	 * shows the pointer cursor (only bars with a link do), and clicks there.
	 */
	async clickBar(chartId: string, across = 0.6) {
		const canvas = this.chart(chartId).locator('canvas');
		await canvas.scrollIntoViewIfNeeded();
		const box = await canvas.boundingBox();
		if (!box) throw new Error(`chart ${chartId} has no canvas`);
		const x = box.x + box.width * across;
		for (let y = box.y + 2; y < box.y + box.height; y += 4) {
			await this.page.mouse.move(x, y);
			if ((await canvas.evaluate((c: HTMLCanvasElement) => c.style.cursor)) === 'pointer') {
				await this.page.mouse.click(x, y + 4);
				return;
			}
		}
		throw new Error(`no bar found across ${across} of chart ${chartId}`);
	}
}

/** The whole number at the start of a text („1 200 — pokaż uwagi…”, „Znaleziono 45 opinii.”). */
export function leadingNumber(text: string): number {
	const match = /\d[\d\s\u00a0\u202f]*/.exec(text);
	if (!match) throw new Error(`no number in „${text}”`);
	return Number(match[0].replace(/\D/g, ''));
}
