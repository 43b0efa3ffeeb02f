import { stringify } from 'csv-stringify/sync';
import { expect, test } from './support/fixtures';
import {
	brokenMultipart,
	expectClientError,
	failOnDialog,
	formToken,
	makeHostileSite,
	FORM_HEADERS,
	statusOfOversizedPost,
	storedText,
	storedTexts
} from './support/hostile';
import { expectedOpinion, NAUGHTY, normalisedOpinion } from './support/hostile-strings';
import { withDatabase } from './support/database';

/** Strings a browser can send (no lone surrogate) that the form accepts: under its limit of 10. */
const ACCEPTED = [
	'<script>alert(123)</script>',
	'</textarea><script>alert(1)</script>',
	'Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳ ̞̥̱̳̭r̛̗̘e͙p͠r̼̞̻̭̗e̺̠̣͟s̘͇̳͍̝͉e͉̥̯̞̲͚̬͜ǹ̬͎͎̟̖͇̤t͍̬̤͓̼̭͘ͅi̪̱n͠g̴͉ ͏͉ͅc̬̟h͡a̫̻̯͘o̫̟̖͍̙̝͉s̗̦̲.̨̹͈̣',
	'\r\n\t  padded\t \r\n',
	'=HYPERLINK("http://example.com","klik")',
	'Za\u0301z\u0307o\u0301\u0142c\u0301 ge\u0328s\u0301la\u0328 jaz\u0301n\u0301',
	'👾 🙇 💁 🙅 🙆 🙋 🙎 🙍 ',
	'nul\u0000inside'
];
const REFUSED = ['', '   ', '\u0007\u0007', 'x'.repeat(2001)];

test('the online form stores naughty text as documented and refuses the rest with a 4xx', async ({
	request
}) => {
	const site = makeHostileSite('hostile-online');
	const path = `/konsultacje/${site.slug}`;
	for (const text of ACCEPTED) {
		const { token, uuid } = formToken(site.consultationId);
		const response = await request.post(path, {
			headers: FORM_HEADERS,
			multipart: { text, token, website: '' }
		});
		expect(response.status(), text).toBe(200);
		expect(storedText(uuid)).toBe(normalisedOpinion(text));
	}
	const refusals: Record<string, string>[] = [
		...REFUSED.map((text) => ({ text })),
		{ text: 'Ławki.', area_ids: 'abc' },
		{ text: 'Ławki.', district: '<script>' },
		{ text: 'Ławki.', age_band: '1E+02' },
		{ text: 'Ławki.', question_id: '-1' },
		{ text: 'Ławki.', email: '"><svg onload=alert(1)>', consent: 'on' }
	];
	for (const fields of refusals) {
		const { token } = formToken(site.consultationId);
		const response = await request.post(path, {
			headers: FORM_HEADERS,
			form: { ...fields, token }
		});
		expect(response.status(), JSON.stringify(fields)).toBe(400);
	}
	for (const token of NAUGHTY.filter((_, i) => i % 40 === 0)) {
		const response = await request.post(path, {
			headers: FORM_HEADERS,
			form: { text: 'Ławki.', token }
		});
		expect(response.status(), token).toBe(400);
	}
	expectClientError(await brokenMultipart(request, path), 'broken multipart');
	const form = { ...FORM_HEADERS, 'content-type': 'application/x-www-form-urlencoded' };
	expect(await statusOfOversizedPost(path, form, 2 * 1024 * 1024)).toBe(413);
	expect(storedTexts(site.consultationId).size).toBe(ACCEPTED.length);
});

test('login answers naughty credentials and a broken form with a 4xx', async ({ request }) => {
	const started = new Date().toISOString();
	const emails = ['<script>alert(1)</script>@example.org', "' OR 1=1 -- 1"];
	try {
		for (const email of emails) {
			const response = await request.post('/login', {
				headers: FORM_HEADERS,
				form: { email, password: '${{7*7}}%s%n\u0000' }
			});
			expect(response.status(), email).toBe(400);
		}
		const incomplete: Record<string, string>[] = [
			{ email: '', password: 'x' },
			{ email: 'a@b.pl' },
			{ password: '' }
		];
		for (const form of incomplete) {
			expect((await request.post('/login', { headers: FORM_HEADERS, form })).status()).toBe(400);
		}
		expectClientError(await brokenMultipart(request, '/login'), 'broken login form');
	} finally {
		// Failed logins count against the address every e2e test shares.
		withDatabase((db) =>
			db
				.prepare(`delete from login_failures where at >= ? and (key like 'ip:%' or key in (?, ?))`)
				.run(started, ...emails.map((email) => `account:${email.trim().toLowerCase()}`))
		);
	}
});

test('table and e-mail imports store naughty text as documented', async ({ adminPage }) => {
	const site = makeHostileSite('hostile-import');
	const base = `/staff/consultations/${site.slug}/import`;
	const texts = NAUGHTY.filter(
		(text) =>
			// eslint-disable-next-line no-control-regex
			!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(text) &&
			expectedOpinion(text, 10000).accepted
	);
	const upload = await adminPage.request.post(`${base}/table`, {
		headers: FORM_HEADERS,
		multipart: {
			file: {
				name: '<img src=x onerror=alert(1)>.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(stringify([['Treść'], ...texts.map((text) => [text])]))
			}
		},
		maxRedirects: 0
	});
	expect(upload.status()).toBe(303);
	const preview = upload.headers().location ?? '';
	failOnDialog(adminPage);
	await adminPage.goto(preview);
	await expect(adminPage.getByText('<img src=x onerror=alert(1)>.csv').first()).toBeVisible();
	expect(await adminPage.locator('main img').count()).toBe(0);
	const imported = await adminPage.request.post(`${preview}?/import`, {
		headers: FORM_HEADERS,
		form: { column_text: '0', channel: 'paper', event_id: '' },
		maxRedirects: 0
	});
	expect(imported.status()).toBe(303);
	expect([...storedTexts(site.consultationId).values()].sort()).toEqual(
		texts.map(normalisedOpinion).sort()
	);

	const mail = [
		'From: <script>@example.org',
		'Message-ID: <hostile@example.org>',
		'Subject: =?UTF-8?B?' +
			Buffer.from('</title><script>alert(1)</script>').toString('base64') +
			'?=',
		'Content-Type: text/plain; charset=utf-8',
		'Content-Transfer-Encoding: base64',
		'',
		Buffer.from('Ławki <b>teraz</b> & „zieleń” 👾').toString('base64')
	].join('\r\n');
	const email = await adminPage.request.post(`${base}/email`, {
		headers: FORM_HEADERS,
		multipart: { files: { name: 'a.eml', mimeType: 'message/rfc822', buffer: Buffer.from(mail) } }
	});
	expect(email.status()).toBe(200);
	expect([...storedTexts(site.consultationId).values()]).toContain(
		'Ławki <b>teraz</b> & „zieleń” 👾'
	);

	const refusals = [
		await adminPage.request.post(`${base}/email`, {
			headers: FORM_HEADERS,
			multipart: {
				files: { name: 'a.eml', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0, 1]) }
			}
		}),
		await adminPage.request.post(`${base}/table`, {
			headers: FORM_HEADERS,
			multipart: { file: { name: 'a.xlsx', mimeType: 'text/csv', buffer: Buffer.from('a\nb') } }
		}),
		await adminPage.request.post(`${base}/table`, {
			headers: FORM_HEADERS,
			multipart: { file: '' }
		}),
		await brokenMultipart(adminPage.request, `${base}/table`),
		await brokenMultipart(adminPage.request, `${base}/email`)
	];
	for (const response of refusals) expectClientError(response, 'import refusal');
});
