import { env } from '$env/dynamic/private';
import { DEFAULT_ONLINE_SETTINGS, type OnlineSettings } from '../services/online-opinions';

function whole(value: string | undefined, fallback: number) {
	return value !== undefined && /^\d{1,6}$/.test(value.trim()) ? Number(value) : fallback;
}

/** ONLINE_FORM_MIN_SECONDS and ONLINE_FORM_LIMIT tune the public form's spam defence. */
export function onlineSettings(): OnlineSettings {
	const defaults = DEFAULT_ONLINE_SETTINGS;
	return {
		minFillMs: whole(env.ONLINE_FORM_MIN_SECONDS, defaults.minFillMs / 1000) * 1000,
		limit: Math.max(1, whole(env.ONLINE_FORM_LIMIT, defaults.limit))
	};
}
