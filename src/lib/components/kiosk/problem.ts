import { m } from '$lib/paraglide/messages';
import type { SyncError } from '$lib/kiosk/store';

const known: Record<string, () => string> = {
	device_unknown: m.kiosk_problem_device_unknown,
	device_revoked: m.kiosk_problem_device_revoked,
	wrong_event: m.kiosk_problem_wrong_event,
	consultation_closed: m.kiosk_problem_consultation_closed
};

/** What the staff corner says about the last failed sync, in words a facilitator can act on. */
export function problemText(error: SyncError, online: boolean): string {
	const text = known[error.code];
	if (text) return text();
	if (error.code === 'unavailable') {
		return online ? m.kiosk_problem_server() : m.kiosk_problem_network();
	}
	return m.kiosk_problem_other({ code: error.code });
}
