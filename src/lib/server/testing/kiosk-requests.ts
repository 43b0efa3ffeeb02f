import { expect } from 'vitest';
import type { KioskErrorBody } from '$lib/domain/kiosk';
import type { Database } from '../db/connect';
import { countRows } from './factories';

/** A request as the tablet sends it: JSON, with whatever headers the test adds. */
export function kioskRequest(path: string, body: unknown, headers: Record<string, string> = {}) {
	return new Request(`http://localhost/api/kiosk/${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
}

export const readBody = async <T = KioskErrorBody>(response: Response) =>
	(await response.json()) as T;

/** A refusal keeps to the contract's shape and stores nothing. */
export async function expectRefusal(
	db: Database,
	response: Response,
	status: number,
	error: string
) {
	expect(response.status).toBe(status);
	expect(response.headers.get('cache-control')).toBe('no-store');
	expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
	const body = await readBody(response);
	expect(body.error).toBe(error);
	expect(body.message).toEqual(expect.any(String));
	expect(await countRows(db, 'comments')).toBe(0);
	return body;
}
