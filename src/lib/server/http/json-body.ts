export type JsonBody =
	| { ok: true; value: unknown }
	| { ok: false; error: 'unsupported_media_type' | 'body_too_large' | 'malformed_json' };

/**
 * Reads a JSON body of at most `limit` bytes. Content-Length can be absent or wrong (chunked
 * uploads), so the bytes actually read are counted too, and reading stops at the limit.
 */
export async function readJsonBody(request: Request, limit: number): Promise<JsonBody> {
	if (!isJsonType(request.headers.get('content-type'))) {
		return { ok: false, error: 'unsupported_media_type' };
	}
	if (Number(request.headers.get('content-length') ?? 0) > limit) {
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
			await reader.cancel();
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
