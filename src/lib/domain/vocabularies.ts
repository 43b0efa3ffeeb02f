export const CHANNELS = ['kiosk', 'meeting', 'online', 'email', 'paper', 'import'] as const;
export type Channel = (typeof CHANNELS)[number];

export const AGE_BANDS = ['under-18', '18-29', '30-44', '45-59', '60-74', '75-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const EVENT_KINDS = ['open_meeting', 'neighbour_day', 'workshop', 'online'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CONSULTATION_STATUSES = ['draft', 'open', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const COMMENT_STATUSES = ['received', 'coded', 'excluded'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Who spoke, as a facilitator noted it; optional. */
export const SPEAKER_KINDS = ['resident', 'ngo', 'institution'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** Accessibility measures at a meeting, for the report's „how we asked”. */
export const ACCESSIBILITY_FEATURES = [
	'pjm_interpreter',
	'step_free',
	'induction_loop',
	'easy_read',
	'childcare',
	'assistant'
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** The office's answer to an opinion (stanowisko). */
export const RESPONSE_STATUSES = [
	'accepted',
	'partly_accepted',
	'rejected',
	'explanation',
	'out_of_scope'
] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** Why an analyst set an opinion aside; it stays in the database and shows as excluded. */
export const EXCLUSION_REASONS = ['spam', 'abusive', 'off_topic', 'duplicate'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** An opinion is coded against at most this many of the programme's areas. */
export const MAX_AREAS_PER_OPINION = 3;
