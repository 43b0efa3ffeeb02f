import { Agent, request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { OPINION_LIMITS } from '../../src/lib/schemas/opinion';
import { makeHostileSite } from './support/hostile';
import { kioskItem } from './support/opinion-item';

interface Answer {
	status: number;
	body: string;
	reusedSocket: boolean;
}

/** One request on `agent`, its body written in pieces as an upload over a network would be. */
function ask(agent: Agent, path: string, token: string, body?: Buffer, declared = true) {
	return new Promise<Answer>((resolve, reject) => {
		const headers: Record<string, string> = { authorization: `Bearer ${token}` };
		if (body) headers['content-type'] = 'application/json';
		if (body && declared) headers['content-length'] = String(body.length);
		const sent = httpRequest(
			new URL(path, baseURL),
			{ method: body ? 'POST' : 'GET', headers, agent },
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (text += chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, body: text, reusedSocket: sent.reusedSocket })
				);
			}
		);
		sent.on('error', reject);
		for (let at = 0; body && at < body.length; at += 64 * 1024) {
			sent.write(body.subarray(at, at + 64 * 1024));
		}
		sent.end();
	});
}

/** A batch of 50 opinions of 2000 control characters: about 610 KB once JSON escapes them. */
function oversizedBatch(eventId: number): Buffer {
	const text = '\u0001'.repeat(OPINION_LIMITS.text);
	const items = Array.from({ length: OPINION_LIMITS.batchItems }, (_, i) =>
		kioskItem(text, { submittedAt: new Date(Date.UTC(2026, 5, 5, 15, 0, i)).toISOString() })
	);
	return Buffer.from(JSON.stringify({ eventId, items }));
}

for (const declared of [true, false]) {
	test(`a batch over the body limit ${declared ? 'with' : 'without'} Content-Length is answered 413 and the connection serves the next request`, async () => {
		const site = makeHostileSite('kiosk-oversize');
		const body = oversizedBatch(site.eventId);
		expect(body.length).toBeGreaterThan(OPINION_LIMITS.bodyBytes);
		// One socket: the next request can only be answered once the oversized body is read off it.
		const agent = new Agent({ keepAlive: true, maxSockets: 1 });
		try {
			const refused = await ask(agent, '/api/kiosk/opinions', site.token, body, declared);
			expect(refused.status).toBe(413);
			expect(JSON.parse(refused.body)).toMatchObject({
				error: 'body_too_large',
				limit: OPINION_LIMITS.bodyBytes
			});
			const next = await ask(agent, '/api/kiosk/config', site.token);
			expect(next).toMatchObject({ status: 200, reusedSocket: true });
		} finally {
			agent.destroy();
		}
	});
}
