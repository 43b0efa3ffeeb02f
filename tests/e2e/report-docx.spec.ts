import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/fixtures';
import { createReportConsultation, REPORT_DEMO_SLUG, ReportPage } from './support/report';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const staffDocx = (slug: string, query = '') =>
	`/staff/consultations/${slug}/report/export/docx${query}`;

test('an admin downloads the live report as a Word document', async ({ adminPage }) => {
	const response = await adminPage.request.get(staffDocx(REPORT_DEMO_SLUG));

	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe(DOCX);
	expect(response.headers()['content-disposition']).toBe(
		`attachment; filename="raport-${REPORT_DEMO_SLUG}-roboczy.docx"`
	);
	const body = await response.body();
	expect([...body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	const document = strFromU8(unzipSync(new Uint8Array(body))['word/document.xml']!);
	expect(document).toContain('Raport z konsultacji');
	expect(document).toContain('Zestawienie uwag');
});

test('facilitators may not export the report, and bad versions are refused', async ({
	facilitatorPage,
	analystPage
}) => {
	expect((await facilitatorPage.request.get(staffDocx(REPORT_DEMO_SLUG))).status()).toBe(403);
	expect(
		(await analystPage.request.get(staffDocx(REPORT_DEMO_SLUG, '?version=abc'))).status()
	).toBe(400);
	expect(
		(await analystPage.request.get(staffDocx(REPORT_DEMO_SLUG, '?version=9999'))).status()
	).toBe(404);
});

test('a published version is a public Word document; an unknown one is not found', async ({
	adminPage,
	page
}) => {
	const slug = createReportConsultation([1, 2, 2]);
	const staff = new ReportPage(adminPage);
	await staff.gotoStaff(slug);
	await staff.publish(1);

	const staffCopy = await adminPage.request.get(staffDocx(slug, '?version=1'));
	const publicCopy = await page.request.get(`/konsultacje/${slug}/raport/1/raport.docx`);

	expect(staffCopy.headers()['content-disposition']).toContain(`raport-${slug}-v1.docx`);
	expect(publicCopy.status()).toBe(200);
	expect(publicCopy.headers()['content-type']).toBe(DOCX);
	expect(publicCopy.headers()['content-disposition']).toContain(`raport-${slug}-v1.docx`);
	const document = strFromU8(
		unzipSync(new Uint8Array(await publicCopy.body()))['word/document.xml']!
	);
	expect(document).toContain('Wersja 1, opublikowana');
	expect(document).toContain('&lt;b&gt;więcej ławek&lt;/b&gt; =SUM(A1)');
	for (const version of ['2', '0', 'abc']) {
		const missing = await page.request.get(`/konsultacje/${slug}/raport/${version}/raport.docx`);
		expect(missing.status()).toBe(404);
	}
});
