import type { FieldErrors } from '$lib/schemas/form';

export const IMPORT_CHANNELS = ['paper', 'import'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

export type ImportOptions =
	{ ok: true; channel: ImportChannel; eventId: number | null } | { ok: false; errors: FieldErrors };

/** The channel (paper cards or another import) and the optional event, from the mapping form. */
export function importOptionsFromForm(values: Record<string, string>): ImportOptions {
	const errors: FieldErrors = {};
	const channel = IMPORT_CHANNELS.find((c) => c === values.channel);
	if (!channel) errors.channel = { code: 'invalid_choice' };
	const event = values.event_id ?? '';
	if (event !== '' && !/^\d{1,12}$/.test(event)) errors.event_id = { code: 'invalid_choice' };
	if (!channel || Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, channel, eventId: event === '' ? null : Number(event) };
}
