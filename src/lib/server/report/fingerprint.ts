import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/**
 * Names a file built from a published version after its content: a database restored or reset,
 * or a version amended after an erasure, never meets a file built from other content.
 */
export function versionFingerprint(stored: { published_at: string; snapshot_json: string }) {
	const bytes = sha256(new TextEncoder().encode(`${stored.published_at}\n${stored.snapshot_json}`));
	return encodeHexLowerCase(bytes).slice(0, 16);
}
