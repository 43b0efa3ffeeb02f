export type JsonBody =
	| { ok: true; value: unknown }
	| { ok: false; error: 'unsupported_media_type' | 'body_too_large' | 'malformed_json' };

/**
 * A body over the limit is still read up to this size and thrown away. Left unread, it stalls the
 * connection: the sender sees a reset mid-upload, not the 413, and a tablet would send the same
 * batch again for ever. The tablet's largest batch (50 × 2000 characters JSON escapes to six bytes
 * each) is about 610 KB; a larger body is no tablet's: it is left unread, or cut off.
 */
export const DRAIN_LIMIT_BYTES = 1024 * 1024;

/**
 * Reads a JSON body of at most `limit` bytes. Content-Length can be absent or wrong (chunked
 * uploads), so the bytes actually read are counted too, and reading stops at the limit.
 */
export async function readJsonBody(request: Request, limit: number): Promise<JsonBody> {
	if (!isJsonType(request.headers.get('content-type'))) {
		return { ok: false, error: 'unsupported_media_type' };
	}
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) {
		if (declared <= DRAIN_LIMIT_BYTES) await drain(request.body?.getReader(), 0);
		return { ok: false, error: 'body_too_large' };
	}
	let bytes: Uint8Array | null;
	try {
		bytes = await readAtMost(request.body, limit);
	} catch (cause) {
		// adapter-node fails the stream with a 413 past BODY_SIZE_LIMIT or the declared length.
		const status = typeof cause === 'object' && cause && 'status' in cause ? cause.status : 0;
		return { ok: false, error: status === 413 ? 'body_too_large' : 'malformed_json' };
	}
	if (!bytes) return { ok: false, error: 'body_too_large' };
	try {
		return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
	} catch {
		return { ok: false, error: 'malformed_json' };
	}
}

function isJsonType(header: string | null): boolean {
	const [type, ...params] = (header ?? '').toLowerCase().split(';');
	if (type?.trim() !== 'application/json') return false;
	return params.every((param) => {
		const [name, value] = param.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
		return name !== 'charset' || value === 'utf-8';
	});
}

async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number) {
	if (!body) return new Uint8Array();
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await drain(reader, size);
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/** Reads and drops the rest of a body, `read` bytes in; past DRAIN_LIMIT_BYTES it gives up. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array> | undefined, read: number) {
	if (!reader) return;
	let size = read;
	try {
		while (size <= DRAIN_LIMIT_BYTES) {
			const { done, value } = await reader.read();
			if (done) return;
			size += value.byteLength;
		}
		await reader.cancel();
	} catch {
		// The adapter failed the stream (past BODY_SIZE_LIMIT): it drops the rest itself.
	}
}
