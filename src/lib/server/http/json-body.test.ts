import { describe, expect, it } from 'vitest';
import { readJsonBody as sut } from './json-body';

const LIMIT = 64;

function streamed(chunks: string[], failWith?: unknown) {
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
			if (failWith === undefined) controller.close();
			else controller.error(failWith);
		}
	});
	return new Request('http://localhost/', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body,
		duplex: 'half'
	} as RequestInit);
}

describe('readJsonBody', () => {
	it('reads a body sent in chunks', async () => {
		expect(await sut(streamed(['{"a":', '[1,2]}']), LIMIT)).toEqual({
			ok: true,
			value: { a: [1, 2] }
		});
	});

	it('stops reading once the chunks pass the limit', async () => {
		const chunks = Array.from({ length: 10 }, () => '          ');
		expect(await sut(streamed(chunks), LIMIT)).toEqual({ ok: false, error: 'body_too_large' });
	});

	it('reads exactly the limit', async () => {
		const body = JSON.stringify('x'.repeat(LIMIT - 2));
		expect((await sut(streamed([body]), LIMIT)).ok).toBe(true);
	});

	it("answers body_too_large when the server's own size limit fails the stream", async () => {
		const tooLarge = Object.assign(new Error('Payload Too Large'), { status: 413 });
		expect(await sut(streamed(['{'], tooLarge), LIMIT)).toEqual({
			ok: false,
			error: 'body_too_large'
		});
	});

	it('answers malformed_json when the connection breaks off', async () => {
		expect(await sut(streamed(['{'], new Error('aborted')), LIMIT)).toEqual({
			ok: false,
			error: 'malformed_json'
		});
	});

	it('answers malformed_json without a body', async () => {
		const request = new Request('http://localhost/', {
			method: 'POST',
			headers: { 'content-type': 'application/json' }
		});
		expect(await sut(request, LIMIT)).toEqual({ ok: false, error: 'malformed_json' });
	});
});
