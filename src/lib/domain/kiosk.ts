/**
 * The kiosk's wire contract (docs/kiosk-api.md), shared by the tablet and the server.
 * Everything here is plain data: it is stored in IndexedDB and sent as JSON.
 */
import type { AgeBand } from './vocabularies';
import type { DistrictCode } from './districts';

export const KIOSK_LANGUAGES = ['pl', 'en', 'uk'] as const;
export type KioskLanguage = (typeof KIOSK_LANGUAGES)[number];

/** One resident's opinion as the tablet stores it in its outbox and sends it. */
export interface OpinionItem {
	uuid: string;
	text: string;
	questionId: number | null;
	/** Empty: the resident chose „I don't know” or skipped the question. */
	areaIds: number[];
	district: DistrictCode | null;
	ageBand: AgeBand | null;
	language: KioskLanguage;
	receiptCode: string;
	/** The tablet's clock, ISO 8601 with offset; the server keeps its own received time too. */
	submittedAt: string;
}

export interface OpinionBatch {
	eventId: number;
	items: OpinionItem[];
}

export interface ItemError {
	field: string;
	code: string;
	limit?: number;
}

/**
 * stored: saved now; duplicate: this UUID was saved before (a replay), nothing changed;
 * rejected: will never be accepted as sent (see errors); skipped: valid, but the batch was
 * refused because of another item, send it again.
 */
export type ItemStatus = 'stored' | 'duplicate' | 'rejected' | 'skipped';

export interface ItemResult {
	index: number;
	uuid: string | null;
	status: ItemStatus;
	errors?: ItemError[];
}

export interface SyncResponse {
	results: ItemResult[];
}

/** Refusals of a whole request; `results` comes with invalid_items only. */
export type KioskErrorCode =
	| 'device_unknown'
	| 'device_revoked'
	| 'wrong_event'
	| 'consultation_closed'
	| 'pairing_code_invalid'
	| 'too_many_attempts'
	| 'unsupported_media_type'
	| 'body_too_large'
	| 'malformed_json'
	| 'invalid_request'
	| 'batch_too_large'
	| 'invalid_items'
	| 'storage_unavailable';

export interface KioskErrorBody {
	error: KioskErrorCode;
	/** Human-readable detail for logs and the staff corner, English. */
	message: string;
	limit?: number;
	retryAfterSeconds?: number;
	results?: ItemResult[];
}

/** What the tablet needs to run offline, fetched at pairing and refreshed on every sync. */
export interface KioskConfig {
	device: { id: number; name: string };
	event: { id: number; title: string };
	consultation: {
		title: string;
		/** Open, within its dates: the kiosk takes opinions only while this is true. */
		accepting: boolean;
		rodoClause: string;
	};
	questions: { id: number; text: string }[];
	areas: { id: number; code: string; namePl: string; nameEn: string; description: string }[];
}

export interface PairResponse {
	token: string;
	config: KioskConfig;
}
