import type { Page } from '@playwright/test';
import { test as kioskTest } from './support/kiosk-fixtures';
import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { makeHostileSite, FORM_HEADERS } from './support/hostile';
import { OnlineFormPage } from './support/online';
import { REPORT_DEMO_SLUG } from './support/report';

/** The policy as a map of directive → sources. */
function directives(header: string | undefined) {
	return new Map(
		(header ?? '')
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name = '', ...sources]) => [name, sources])
	);
}

test('pages carry a strict Content-Security-Policy and no server banner', async ({ request }) => {
	for (const path of ['/', '/konsultacje/wspolnota-dzialania', '/kiosk', '/login', '/status']) {
		const response = await request.get(path);
		const headers = response.headers();
		const csp = directives(headers['content-security-policy']);

		expect(csp.get('default-src')).toEqual(["'self'"]);
		const scripts = csp.get('script-src') ?? [];
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(scripts.some((source) => /^'(nonce|sha256)-/.test(source))).toBe(true);
		expect(csp.get('style-src')).toEqual(["'self'"]);
		expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
		expect(csp.get('connect-src')).toEqual(["'self'"]);
		expect(csp.get('worker-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		expect(csp.get('form-action')).toEqual(["'self'"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);

		expect(headers['referrer-policy']).toBe('same-origin');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers.server).toBeUndefined();
		expect(headers['x-powered-by']).toBeUndefined();
	}
	for (const path of ['/healthz', '/api/kiosk/config', '/lang/en?next=/', '/app.css']) {
		const headers = (await request.get(path, { maxRedirects: 0 })).headers();
		expect(headers.server, path).toBeUndefined();
		expect(headers['x-powered-by'], path).toBeUndefined();
		// Static files are served before the hooks run; only what the app answers carries these.
		if (path !== '/app.css') expect(headers['x-content-type-options'], path).toBe('nosniff');
	}
});

test('the session cookie is HttpOnly, SameSite=Lax, Path=/ and Secure', async ({ playwright }) => {
	const request = await playwright.request.newContext();
	const { email, password } = accounts.analyst;
	const response = await request.post('/login', {
		headers: FORM_HEADERS,
		form: { email, password },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	const cookie = response
		.headersArray()
		.find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('glosy_session='));
	const flags = (cookie?.value ?? '').split(';').map((flag) => flag.trim().toLowerCase());
	expect(flags).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'secure']));
	await request.dispose();
});

/** Every CSP violation and uncaught error the page reports, as it happens. */
async function watchPolicy(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
			problems.push(`console: ${message.text()}`);
		}
	});
	await page.exposeFunction('reportViolation', (line: string) => problems.push(line));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportViolation: (line: string) => void })
				.reportViolation;
			report(`violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
		});
	});
	return problems;
}

kioskTest('the kiosk works under the policy', async ({ tablet }) => {
	const problems = await watchPolicy(tablet.page);
	await tablet.page.reload();
	await tablet.expectStart();
	await tablet.submit('Ławki pod drzewami, proszę.');
	await tablet.page.waitForLoadState('networkidle');
	expect(problems).toEqual([]);
});

test('the online form works under the policy', async ({ page }) => {
	const site = makeHostileSite('csp-online');
	const problems = await watchPolicy(page);
	const form = new OnlineFormPage(page);
	await form.goto(site.slug);
	await form.hydrated();
	await form.fill({ text: 'Więcej ławek i cienia.' });
	await form.waitAsAPersonWould();
	await form.send();
	await form.receiptCode();
	expect(problems).toEqual([]);
});

test('the report with its charts and the coding page work under the policy', async ({
	analystPage
}) => {
	const problems = await watchPolicy(analystPage);
	await analystPage.goto(`/staff/consultations/${REPORT_DEMO_SLUG}/report`);
	await analystPage.waitForLoadState('networkidle');
	await expect(analystPage.locator('canvas').first()).toBeVisible();
	await analystPage.goto(`/staff/consultations/${REPORT_DEMO_SLUG}/opinions`);
	await analystPage.waitForLoadState('networkidle');
	await expect(analystPage.locator('p.opinion-text').first()).toBeVisible();
	expect(problems).toEqual([]);
});
