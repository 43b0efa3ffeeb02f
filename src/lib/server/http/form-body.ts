import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

/** Uploaded files (e-mail and table imports) may be this large; every other form far less. */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const FORM_LIMIT_BYTES = 1024 * 1024;

export type FormBody = { ok: true; form: FormData } | { ok: false; error: 'body_too_large' };

/**
 * Reads a form of at most `limit` bytes. The declared length is checked before a byte is read,
 * so a 50 MB upload is refused at once; adapter-node's own BODY_SIZE_LIMIT surfaces as a 413 too.
 */
export async function readFormWithin(request: Request, limit: number): Promise<FormBody> {
	if (Number(request.headers.get('content-length') ?? 0) > limit) {
		return { ok: false, error: 'body_too_large' };
	}
	try {
		return { ok: true, form: await request.formData() };
	} catch (cause) {
		const status = typeof cause === 'object' && cause && 'status' in cause ? cause.status : 0;
		if (status === 413) return { ok: false, error: 'body_too_large' };
		// A body that claims to be a form and is not (a broken multipart boundary) is the sender's fault.
		error(400, m.error_malformed_form());
	}
}

/** How every ordinary form is read: a broken body answers 400, one over FORM_LIMIT_BYTES 413. */
export async function readForm(request: Request): Promise<FormData> {
	const body = await readFormWithin(request, FORM_LIMIT_BYTES);
	if (!body.ok) error(413, m.error_body_too_large());
	return body.form;
}

/** Routes that read their own larger or stricter limit; every other request body stays small. */
const OWN_LIMIT = [/^\/api\/kiosk\//, /^\/staff\/consultations\/[^/]+\/import(\/|$)/];

export function bodyTooLarge(request: Request, pathname: string): boolean {
	if (OWN_LIMIT.some((pattern) => pattern.test(pathname))) return false;
	return Number(request.headers.get('content-length') ?? 0) > FORM_LIMIT_BYTES;
}
