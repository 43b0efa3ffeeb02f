export const DOCX_CONTENT_TYPE =
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** ASCII only (slugs are): raport-<slug>-v<N>.docx, or -roboczy for the live report. */
export function docxFilename(slug: string, version: number | null): string {
	return `raport-${slug}-${version === null ? 'roboczy' : `v${version}`}.docx`;
}

/**
 * `?version=`: absent means the live report (null); a positive integer names a version;
 * anything else is a bad request (undefined).
 */
export function versionParam(url: URL): number | null | undefined {
	const raw = url.searchParams.get('version');
	if (raw === null) return null;
	return /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : undefined;
}

export function docxResponse(
	body: Uint8Array | ReadableStream<Uint8Array>,
	filename: string,
	cacheControl: string,
	size?: number
): Response {
	const headers: Record<string, string> = {
		'content-type': DOCX_CONTENT_TYPE,
		'content-disposition': `attachment; filename="${filename}"`,
		'cache-control': cacheControl
	};
	if (size !== undefined) headers['content-length'] = String(size);
	return new Response(body as BodyInit, { headers });
}
