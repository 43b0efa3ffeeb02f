import { expect, test } from './support/fixtures';
import {
	expectClientError,
	expectNoServerError,
	failOnDialog,
	inboxTexts,
	makeHostileSite,
	FORM_HEADERS,
	storedText,
	storedTexts,
	type HostileSite
} from './support/hostile';
import { expectedOpinion, NAUGHTY, wellFormed } from './support/hostile-strings';
import { withDatabase } from './support/database';
import { kioskItem } from './support/opinion-item';
import type { APIRequestContext } from '@playwright/test';

const item = (text: string) => kioskItem(text);

/** Sends every string through the tablet's sync endpoint; returns the items it accepted. */
async function syncAll(request: APIRequestContext, site: HostileSite, texts: readonly string[]) {
	const headers = { authorization: `Bearer ${site.token}` };
	const accepted = texts.filter((text) => expectedOpinion(text).accepted).map(item);
	for (let i = 0; i < accepted.length; i += 50) {
		const items = accepted.slice(i, i + 50);
		const response = await request.post('/api/kiosk/opinions', {
			headers,
			data: { eventId: site.eventId, items }
		});
		expect(response.status()).toBe(200);
	}
	for (const text of texts.filter((t) => !expectedOpinion(t).accepted)) {
		const response = await request.post('/api/kiosk/opinions', {
			headers,
			data: { eventId: site.eventId, items: [item(text)] }
		});
		expect(response.status()).toBe(400);
	}
	return accepted;
}

test('the tablet stores every naughty string as documented; the inbox and the opinion page show it as text', async ({
	request,
	adminPage
}) => {
	const site = makeHostileSite('hostile-kiosk');
	const accepted = await syncAll(request, site, NAUGHTY);
	for (const sent of accepted) {
		const expected = expectedOpinion(sent.text);
		expect(storedText(sent.uuid)).toBe(expected.accepted ? expected.text : undefined);
	}

	failOnDialog(adminPage);
	const stored = storedTexts(site.consultationId);
	const shown = new Map<number, string>();
	for (let page = 1; page <= Math.ceil(stored.size / 50); page++) {
		await adminPage.goto(`/staff/consultations/${site.slug}/opinions?page=${page}`);
		for (const [id, text] of await inboxTexts(adminPage)) shown.set(id, text);
	}
	expect(shown.size).toBe(stored.size);
	for (const [id, text] of stored) {
		const excerpt = [...text].slice(0, 600).join('');
		if (excerpt === text) expect(shown.get(id), text).toBe(text);
		else expect(shown.get(id)?.startsWith(excerpt)).toBe(true);
	}

	const markup = [...stored].filter(([, text]) => /<\/?[a-z]/i.test(text)).slice(0, 4);
	for (const [id, text] of markup) {
		await adminPage.goto(`/staff/consultations/${site.slug}/opinions/${id}`);
		expect(await adminPage.locator(`#opinion-${id}-text`).textContent()).toBe(text);
	}
});

test('the published report shows naughty markup as text', async ({ request, adminPage, page }) => {
	const site = makeHostileSite('hostile-report');
	await syncAll(
		request,
		site,
		NAUGHTY.filter((text) => /[<>&]/.test(text))
	);
	const published = await adminPage.request.post(
		`/staff/consultations/${site.slug}/report?/publish`,
		{ headers: FORM_HEADERS, form: {} }
	);
	expectNoServerError(published, 'publish');
	const frozen = withDatabase(
		(db) =>
			db
				.prepare('select lp, text from report_opinions where consultation_id = ? order by lp')
				.all(site.consultationId) as { lp: number; text: string }[]
	);
	expect(frozen.length).toBeGreaterThan(50);

	failOnDialog(page);
	await page.goto(`/konsultacje/${site.slug}/raport`);
	const cells = await page
		.locator('table.report-opinions tbody td.report-text')
		.evaluateAll((tds) => tds.map((td) => td.textContent));
	expect(cells).toEqual(frozen.slice(0, 100).map((row) => row.text));
	expect(
		await page.locator('table.report-opinions script, table.report-opinions img').count()
	).toBe(0);
});

/** Every 12th string and the additions: what goes through the whole HTTP stack one by one. */
const SAMPLE = [...NAUGHTY.filter((_, i) => i % 12 === 0), ...NAUGHTY.slice(-22)];

test('the kiosk endpoints answer malformed requests with a 4xx', async ({ request }) => {
	const site = makeHostileSite('hostile-malformed');
	const bearer = { authorization: `Bearer ${site.token}` };
	const json = { ...bearer, 'content-type': 'application/json' };
	const answers = [
		await request.post('/api/kiosk/opinions', { headers: json, data: '{"eventId": 1, "items": [' }),
		await request.post('/api/kiosk/opinions', { headers: json, data: '' }),
		await request.post('/api/kiosk/opinions', { headers: json, data: 'null' }),
		await request.post('/api/kiosk/opinions', {
			headers: { ...bearer, 'content-type': 'text/plain' },
			data: '{}'
		}),
		await request.post('/api/kiosk/opinions', {
			headers: bearer,
			data: { eventId: String(site.eventId), items: [{ text: 42 }] }
		}),
		await request.post('/api/kiosk/opinions', {
			headers: bearer,
			data: { eventId: site.eventId, items: [{ ...item('Ławki.'), areaIds: 'all' }] }
		}),
		await request.post('/api/kiosk/opinions', { data: { eventId: site.eventId, items: [] } }),
		await request.post('/api/kiosk/pair', { data: { code: ['AAAA-BBBB'] } }),
		await request.post('/api/kiosk/pair', { headers: json, data: '{"code":' }),
		await request.post('/api/kiosk/pair', { data: { code: 'A'.repeat(5000) } }),
		await request.get('/api/kiosk/config', { headers: { authorization: 'Bearer <script>' } }),
		await request.post('/api/kiosk/end', { headers: { authorization: 'Basic eDp5' } }),
		await request.get('/api/kiosk/opinions', { headers: bearer })
	];
	for (const response of answers) expectClientError(response, 'kiosk');
	// An oversized batch: kiosk-oversize.spec.ts (413, and the connection still serves).
	expect(storedTexts(site.consultationId).size).toBe(0);
});

test('the receipt lookup, the language switch and the inbox search take any string', async ({
	request,
	adminPage
}) => {
	const site = makeHostileSite('hostile-search');
	// A browser sends U+FFFD for half a surrogate pair; a URL cannot carry one.
	for (const naughty of SAMPLE.map(wellFormed)) {
		const lookup = await request.get(`/status?code=${encodeURIComponent(naughty)}`);
		expectNoServerError(lookup, `status ${naughty}`);

		const lang = await request.get(`/lang/pl?next=${encodeURIComponent(naughty)}`, {
			maxRedirects: 0
		});
		expect(lang.status(), naughty).toBe(303);
		const location = new URL(lang.headers().location ?? '', 'http://glosy.test');
		expect(location.origin, naughty).toBe('http://glosy.test');
		const locale = await request.get(`/lang/${encodeURIComponent(naughty)}x`, {
			maxRedirects: 0
		});
		expectNoServerError(locale, `lang ${naughty}`);

		for (const param of ['q', 'district', 'page']) {
			const inbox = await adminPage.request.get(
				`/staff/consultations/${site.slug}/opinions?${param}=${encodeURIComponent(naughty)}`
			);
			expectNoServerError(inbox, `inbox ${param}=${naughty}`);
		}
	}
	for (const next of ['/\\evil.example', '/\t/evil.example', '//evil.example']) {
		const lang = await request.get(`/lang/pl?next=${encodeURIComponent(next)}`, {
			maxRedirects: 0
		});
		expect(lang.headers().location).toBe('/');
	}
});

test('the receipt lookup shows a naughty opinion as text', async ({ request, page }) => {
	const site = makeHostileSite('hostile-receipt');
	const [sent] = await syncAll(request, site, ['</p><img src=x onerror=alert(1)>']);
	failOnDialog(page);

	await page.goto(`/status?code=${sent?.receiptCode}`);

	await expect(page.getByText('</p><img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
	expect(await page.locator('main img').count()).toBe(0);
});
