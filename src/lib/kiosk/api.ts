import * as v from 'valibot';
import type {
	KioskConfig,
	KioskErrorBody,
	OpinionBatch,
	PairResponse,
	SyncResponse
} from '$lib/domain/kiosk';
import {
	errorBodySchema,
	kioskConfigSchema,
	noContentSchema,
	pairResponseSchema,
	syncResponseSchema
} from './wire';

/** unavailable: no network, a timeout, a 5xx, or an answer that is not the contract's JSON. */
export type ApiResult<T> =
	| { kind: 'ok'; data: T }
	| { kind: 'refused'; status: number; body: KioskErrorBody }
	| { kind: 'unavailable'; status: number | null; message: string };

export interface KioskApi {
	pair(code: string): Promise<ApiResult<PairResponse>>;
	config(token: string): Promise<ApiResult<KioskConfig>>;
	sendOpinions(token: string, batch: OpinionBatch): Promise<ApiResult<SyncResponse>>;
	end(token: string): Promise<ApiResult<null>>;
}

export interface ApiOptions {
	fetch?: typeof globalThis.fetch;
	baseUrl?: string;
	timeoutMs?: number;
}

export function createKioskApi(options: ApiOptions = {}): KioskApi {
	const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
	const { baseUrl = '', timeoutMs = 60_000 } = options;

	async function call<T>(
		schema: v.GenericSchema<unknown, T>,
		path: string,
		method: 'GET' | 'POST',
		token: string | null,
		body?: unknown
	): Promise<ApiResult<T>> {
		const headers: Record<string, string> = { Accept: 'application/json' };
		if (token) headers.Authorization = `Bearer ${token}`;
		if (body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
		try {
			const response = await send(`${baseUrl}/api/kiosk/${path}`, {
				method,
				headers,
				body: body === undefined ? undefined : JSON.stringify(body),
				cache: 'no-store',
				signal: deadline(timeoutMs)
			});
			return read(response, schema, await readJson(response));
		} catch (error) {
			return { kind: 'unavailable', status: null, message: describe(error) };
		}
	}

	return {
		pair: (code) => call(pairResponseSchema, 'pair', 'POST', null, { code }),
		config: (token) => call(kioskConfigSchema, 'config', 'GET', token),
		sendOpinions: (token, batch) => call(syncResponseSchema, 'opinions', 'POST', token, batch),
		end: (token) => call(noContentSchema, 'end', 'POST', token)
	};
}

function read<T>(
	response: Response,
	schema: v.GenericSchema<unknown, T>,
	json: unknown
): ApiResult<T> {
	const { status } = response;
	if (response.ok) {
		const parsed = v.safeParse(schema, json);
		return parsed.success ? { kind: 'ok', data: parsed.output } : unexpected(status);
	}
	const refusal = v.safeParse(errorBodySchema, json);
	if (status < 500 && refusal.success) return { kind: 'refused', status, body: refusal.output };
	// A proxy in front of the app answers 413 with its own HTML page.
	if (status === 413) {
		return { kind: 'refused', status, body: { error: 'body_too_large', message: 'HTTP 413' } };
	}
	return unexpected(status);
}

function unexpected(status: number) {
	return { kind: 'unavailable', status, message: `Unexpected answer (HTTP ${status})` } as const;
}

async function readJson(response: Response): Promise<unknown> {
	const text = await response.text();
	if (text === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function deadline(ms: number): AbortSignal | undefined {
	return 'timeout' in AbortSignal ? AbortSignal.timeout(ms) : undefined;
}

function describe(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
