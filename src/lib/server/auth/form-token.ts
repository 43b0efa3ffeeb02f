import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeHex, encodeHexLowerCase } from '@oslojs/encoding';

/**
 * A public form carries a token naming the opinion it will become (a UUID: the idempotency key)
 * and when the form was shown, signed so that neither can be forged. It proves a person had the
 * form in front of them for a while, without cookies or a third-party captcha.
 */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const CLOCK_SKEW_MS = 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type TokenCheck =
	| { ok: true; uuid: string }
	| { ok: false; error: 'token_invalid' | 'token_expired' | 'too_quick' };

const encoder = new TextEncoder();

function signature(secret: string, scope: string, uuid: string, issuedAt: number) {
	const message = encoder.encode(`${scope}|${uuid}|${issuedAt}`);
	return encodeHexLowerCase(hmac(SHA256, decodeHex(secret), message));
}

/** `scope` binds the token to one form, e.g. one consultation, so it cannot be replayed on another. */
export function issueFormToken(
	secret: string,
	scope: string,
	now: Date,
	uuid = crypto.randomUUID()
) {
	const issuedAt = now.getTime();
	return `${uuid}.${issuedAt}.${signature(secret, scope, uuid, issuedAt)}`;
}

export function checkFormToken(
	secret: string,
	scope: string,
	token: string,
	now: Date,
	minAgeMs: number
): TokenCheck {
	const [uuid = '', issued = '', signed = '', ...rest] = token.split('.');
	if (
		rest.length > 0 ||
		!UUID.test(uuid) ||
		!/^\d{1,15}$/.test(issued) ||
		!/^[0-9a-f]{64}$/.test(signed)
	) {
		return { ok: false, error: 'token_invalid' };
	}
	const issuedAt = Number(issued);
	const expected = encoder.encode(signature(secret, scope, uuid, issuedAt));
	if (!constantTimeEqual(expected, encoder.encode(signed)))
		return { ok: false, error: 'token_invalid' };
	const age = now.getTime() - issuedAt;
	if (age < -CLOCK_SKEW_MS) return { ok: false, error: 'token_invalid' };
	if (age > FORM_TOKEN_MAX_AGE_MS) return { ok: false, error: 'token_expired' };
	if (age < minAgeMs) return { ok: false, error: 'too_quick' };
	return { ok: true, uuid };
}
