import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from './load';
import { dueAtMs, runOpenLoop as sut } from './open-loop';

let server: Server | undefined;

async function stop() {
	const stopping = server;
	server = undefined;
	if (!stopping) return;
	stopping.closeAllConnections();
	await new Promise((resolve) => stopping.close(resolve));
}

afterEach(stop);

/** A server that answers each body by its first word: ok → 200 stored, no → 200 refused, bad → 400. */
async function listen() {
	const sockets = new Set<unknown>();
	const bodies: string[] = [];
	server = createServer((request, response) => {
		sockets.add(request.socket);
		let body = '';
		request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
		request.on('end', () => {
			bodies.push(body);
			const word = body.split(' ')[0];
			response.writeHead(word === 'bad' ? 400 : 200).end(word === 'ok' ? 'stored' : 'refused');
		});
	});
	await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, sockets, bodies };
}

function scenario(words: string[]): Scenario {
	let sent = 0;
	return {
		path: '/one',
		headers: { 'content-type': 'text/plain' },
		next() {
			const index = sent++;
			return { body: `${words[index % words.length]} ${index}`, uuids: [`uuid-${index}`] };
		},
		accepted: (status, body) => status === 200 && body === 'stored'
	};
}

describe('runOpenLoop', () => {
	it('sends every request once and counts stored, refused and failed answers apart', async () => {
		const { origin, bodies } = await listen();
		const ledger = new Set<string>();

		const run = await sut({ origin }, scenario(['ok', 'no', 'bad', 'ok']), 4, 40, 400, ledger);

		expect(bodies).toHaveLength(40);
		expect(new Set(bodies).size).toBe(40);
		expect(run).toMatchObject({ requests: 40, opinions: 20, refused: 10, non2xx: 10, errors: 0 });
		expect(run.statusCodes).toEqual({ 200: 30, 400: 10 });
		expect(ledger.size).toBe(20);
		expect([...ledger].every((uuid) => Number(uuid.slice(5)) % 4 !== 1)).toBe(true);
	});

	it('never opens more connections than it is given', async () => {
		const { origin, sockets } = await listen();

		await sut({ origin }, scenario(['ok']), 3, 30, 1000, new Set());

		expect(sockets.size).toBeGreaterThan(0);
		expect(sockets.size).toBeLessThanOrEqual(3);
	});

	it('counts a server that is gone as errors, not answers', async () => {
		const { origin } = await listen();
		await stop();

		const run = await sut({ origin }, scenario(['ok']), 2, 5, 500, new Set());

		expect(run).toMatchObject({ requests: 0, opinions: 0, errors: 5 });
	});
});

describe('dueAtMs', () => {
	it('spreads requests evenly over each second instead of sending a second’s quota at once', () => {
		expect([0, 1, 2, 100, 200].map((i) => dueAtMs(i, 200))).toEqual([0, 5, 10, 500, 1000]);
	});
});
