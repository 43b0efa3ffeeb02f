import * as v from 'valibot';
import type {
	KioskConfig,
	KioskErrorBody,
	KioskErrorCode,
	PairResponse,
	SyncResponse
} from '$lib/domain/kiosk';

/** Answers are checked, not trusted: a proxy's error page or a half-read body must not pass. */
const ERROR_CODES: Record<KioskErrorCode, true> = {
	device_unknown: true,
	device_revoked: true,
	wrong_event: true,
	consultation_closed: true,
	pairing_code_invalid: true,
	too_many_attempts: true,
	unsupported_media_type: true,
	body_too_large: true,
	malformed_json: true,
	invalid_request: true,
	batch_too_large: true,
	invalid_items: true,
	storage_unavailable: true
};

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const itemResult = v.object({
	index: count,
	uuid: v.nullable(v.string()),
	status: v.picklist(['stored', 'duplicate', 'rejected', 'skipped']),
	errors: v.optional(
		v.array(v.object({ field: v.string(), code: v.string(), limit: v.optional(v.number()) }))
	)
});

export const syncResponseSchema: v.GenericSchema<unknown, SyncResponse> = v.object({
	results: v.array(itemResult)
});

export const errorBodySchema: v.GenericSchema<unknown, KioskErrorBody> = v.object({
	error: v.picklist(Object.keys(ERROR_CODES) as KioskErrorCode[]),
	message: v.optional(v.string(), ''),
	limit: v.optional(v.number()),
	retryAfterSeconds: v.optional(v.number()),
	results: v.optional(v.array(itemResult))
});

const named = v.object({ id: count, name: v.string() });

export const kioskConfigSchema: v.GenericSchema<unknown, KioskConfig> = v.object({
	device: named,
	event: v.object({ id: count, title: v.string() }),
	consultation: v.object({ title: v.string(), accepting: v.boolean(), rodoClause: v.string() }),
	questions: v.array(v.object({ id: count, text: v.string() })),
	areas: v.array(
		v.object({
			id: count,
			code: v.string(),
			namePl: v.string(),
			nameEn: v.string(),
			description: v.string()
		})
	)
});

export const pairResponseSchema: v.GenericSchema<unknown, PairResponse> = v.object({
	token: v.pipe(v.string(), v.nonEmpty()),
	config: kioskConfigSchema
});

export const noContentSchema = v.pipe(
	v.unknown(),
	v.transform(() => null)
);
