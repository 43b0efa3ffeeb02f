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
