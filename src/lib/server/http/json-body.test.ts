import { describe, expect, it } from 'vitest';
import { DRAIN_LIMIT_BYTES, readJsonBody as sut } from './json-body';

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

/** A body of `chunks` pieces of `size` bytes (endless without a count) that tells what was read. */
function counted(size: number, chunks = Infinity, headers: Record<string, string> = {}) {
	const seen = { pulled: 0, bytes: 0, cancelled: false };
	const body = new ReadableStream<Uint8Array>(
		{
			pull(controller) {
				if (seen.pulled === chunks) return controller.close();
				seen.pulled++;
				seen.bytes += size;
				controller.enqueue(new Uint8Array(size).fill(32));
			},
			cancel() {
				seen.cancelled = true;
			}
		},
		{ highWaterMark: 0 }
	);
	const request = new Request('http://localhost/', {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
		duplex: 'half'
	} as RequestInit);
	return { request, seen };
}

describe('readJsonBody with a body over the limit', () => {
	const tooLarge = { ok: false, error: 'body_too_large' };

	it('reads a declared body to its end before answering, so the sender gets the answer', async () => {
		const { request, seen } = counted(1000, 5, { 'content-length': '5000' });

		expect(await sut(request, LIMIT)).toEqual(tooLarge);
		expect(seen).toEqual({ pulled: 5, bytes: 5000, cancelled: false });
	});

	it('reads an undeclared body to its end too', async () => {
		const { request, seen } = counted(1000, 5);

		expect(await sut(request, LIMIT)).toEqual(tooLarge);
		expect(seen).toMatchObject({ pulled: 5, cancelled: false });
	});

	it('leaves a body declared past the drain limit unread', async () => {
		const declared = String(DRAIN_LIMIT_BYTES + 1);
		const { request, seen } = counted(1000, Infinity, { 'content-length': declared });

		expect(await sut(request, LIMIT)).toEqual(tooLarge);
		expect(request.bodyUsed).toBe(false);
		expect(seen.bytes).toBe(0);
	});

	it('cuts off an endless body once it passes the drain limit', async () => {
		const { request, seen } = counted(64 * 1024);

		expect(await sut(request, LIMIT)).toEqual(tooLarge);
		expect(seen.cancelled).toBe(true);
		expect(seen.bytes).toBeLessThanOrEqual(DRAIN_LIMIT_BYTES + 64 * 1024);
	});
});
