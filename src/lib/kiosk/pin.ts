import { fillRandom, type FillRandom } from './random';
import { getMeta, setMeta, type KioskDb, type PinLock, type PinVerifier } from './store';

export const PIN_PATTERN = /^\d{4,8}$/;
export const PIN_ITERATIONS = 210_000;
export const PIN_MAX_FAILURES = 5;
export const PIN_LOCK_MS = 60_000;

export function isValidPin(pin: string): boolean {
	return PIN_PATTERN.test(pin);
}

export async function createPinVerifier(
	pin: string,
	random: FillRandom = fillRandom,
	iterations = PIN_ITERATIONS
): Promise<PinVerifier> {
	const salt = new Uint8Array(16);
	random(salt);
	return { salt, iterations, hash: await derive(pin, salt, iterations) };
}

export async function matchesPin(verifier: PinVerifier, pin: string): Promise<boolean> {
	const hash = await derive(pin, verifier.salt, verifier.iterations);
	return constantTimeEqual(hash, verifier.hash);
}

export type PinCheck =
	| { ok: true }
	| { ok: false; reason: 'wrong'; attemptsLeft: number }
	| { ok: false; reason: 'locked'; retryAfterMs: number }
	| { ok: false; reason: 'no_pin' };

/** The lock lives in IndexedDB so that reloading the page does not grant five more guesses. */
export async function verifyPin(
	db: KioskDb,
	pin: string,
	now: Date = new Date()
): Promise<PinCheck> {
	const verifier = await getMeta(db, 'pin');
	if (!verifier) return { ok: false, reason: 'no_pin' };
	const lock = (await getMeta(db, 'pinLock')) ?? { failures: 0, lockedAt: null };
	const t = now.getTime();
	// A clock set back ends the lock rather than prolonging it for hours.
	if (lock.lockedAt !== null && t >= lock.lockedAt && t - lock.lockedAt < PIN_LOCK_MS) {
		return { ok: false, reason: 'locked', retryAfterMs: lock.lockedAt + PIN_LOCK_MS - t };
	}
	if (await matchesPin(verifier, pin)) {
		await setMeta(db, 'pinLock', { failures: 0, lockedAt: null });
		return { ok: true };
	}
	const failures = lock.failures + 1;
	const next: PinLock =
		failures >= PIN_MAX_FAILURES ? { failures: 0, lockedAt: t } : { failures, lockedAt: null };
	await setMeta(db, 'pinLock', next);
	return next.lockedAt === null
		? { ok: false, reason: 'wrong', attemptsLeft: PIN_MAX_FAILURES - failures }
		: { ok: false, reason: 'locked', retryAfterMs: PIN_LOCK_MS };
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
	const { subtle } = globalThis.crypto;
	const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	let diff = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return diff === 0;
}
