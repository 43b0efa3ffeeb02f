import { request as httpRequest } from 'node:http';
import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { issueFormToken } from '../../../src/lib/server/auth/form-token';
import { generateToken, hashToken } from '../../../src/lib/server/auth/tokens';
import { baseURL } from '../../../playwright.config';
import { withDatabase } from './database';

/** A consultation of the test's own (its own limits and inbox), with a stand and a paired tablet. */
export interface HostileSite {
	slug: string;
	consultationId: number;
	eventId: number;
	token: string;
}

export function makeHostileSite(name: string): HostileSite {
	const slug = `${name}-${Date.now().toString(36)}`;
	const token = generateToken();
	return withDatabase((db) => {
		const { id: consultationId } = db
			.prepare(`insert into consultations (slug, title, status) values (?, ?, 'open') returning id`)
			.get(slug, `Konsultacja odporności ${slug}`) as { id: number };
		const { id: eventId } = db
			.prepare(
				`insert into events (consultation_id, kind, title) values (?, 'neighbour_day', ?) returning id`
			)
			.get(consultationId, `Stoisko ${slug}`) as { id: number };
		db.prepare(
			`insert into devices (event_id, name, token_hash, paired_at) values (?, ?, ?, ?)`
		).run(eventId, `Tablet ${slug}`, hashToken(token), new Date().toISOString());
		return { slug, consultationId, eventId, token };
	});
}

/** A signed online-form token shown a minute ago, so that no test waits out the fill time. */
export function formToken(consultationId: number) {
	const secret = withDatabase(
		(db) =>
			(
				db.prepare(`select value from app_secrets where name = 'form_token'`).get() as {
					value: string;
				}
			).value
	);
	const token = issueFormToken(secret, `online:${consultationId}`, new Date(Date.now() - 60_000));
	return { token, uuid: token.split('.')[0] ?? '' };
}

/** What the database holds for an opinion, by its UUID. */
export function storedText(uuid: string): string | undefined {
	return withDatabase(
		(db) =>
			(
				db.prepare('select text from comments where uuid = ?').get(uuid) as
					{ text: string } | undefined
			)?.text
	);
}

export function storedTexts(consultationId: number): Map<number, string> {
	const rows = withDatabase(
		(db) =>
			db.prepare('select id, text from comments where consultation_id = ?').all(consultationId) as {
				id: number;
				text: string;
			}[]
	);
	return new Map(rows.map((row) => [row.id, row.text]));
}

/**
 * A browser's form post: the site's own Origin (SvelteKit refuses others) and an HTML answer
 * (without it SvelteKit answers an action with JSON, always 200).
 */
export const FORM_HEADERS = { origin: baseURL, accept: 'text/html' };

/** A 4xx, never a 5xx, and never a success for what should be refused. */
export function expectClientError(response: APIResponse, context = '') {
	expect(response.status(), `${context}: ${response.url()}`).toBeGreaterThanOrEqual(400);
	expect(response.status(), `${context}: ${response.url()}`).toBeLessThan(500);
}

export function expectNoServerError(response: APIResponse, context = '') {
	expect(response.status(), `${context}: ${response.url()}`).toBeLessThan(500);
}

/** A multipart body whose boundary never comes: a form that claims to be one and is not. */
export function brokenMultipart(request: APIRequestContext, path: string) {
	return request.post(path, {
		headers: { ...FORM_HEADERS, 'content-type': 'multipart/form-data; boundary=nowhere' },
		data: '--elsewhere\r\nContent-Disposition: form-data; name="text"\r\n\r\nx'
	});
}

/** Each card's text in the inbox, by opinion id. */
export async function inboxTexts(page: Page): Promise<Map<number, string>> {
	const cards = await page
		.locator('p.opinion-text[id^="opinion-"]')
		.evaluateAll((elements) => elements.map((e) => [e.id, e.textContent ?? ''] as const));
	return new Map(cards.map(([id, text]) => [Number(id.split('-')[1]), text]));
}

/** A script the page must never run: any dialog fails the test. */
export function failOnDialog(page: Page) {
	page.on('dialog', (dialog) => {
		throw new Error(`a page ran injected script: ${dialog.message()}`);
	});
}

/**
 * The status a server answers to a body larger than it reads. It answers before the upload ends
 * and closes the connection, which Playwright reports as a reset; a browser reads the answer.
 */
export function statusOfOversizedPost(path: string, headers: Record<string, string>, size: number) {
	return new Promise<number>((resolve, reject) => {
		const sent = httpRequest(new URL(path, baseURL), { method: 'POST', headers }, (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		});
		sent.on('error', (error) => setTimeout(() => reject(error), 1000));
		sent.end(Buffer.alloc(size, 'x'));
	});
}
