import type { KioskConfig } from '$lib/domain/kiosk';
import type { KioskApi } from './api';
import type { FillRandom } from './random';
import { getMeta, inTransaction, wipe, type Enrolment, type KioskDb } from './store';

export interface EnrolmentDeps {
	db: KioskDb;
	api: KioskApi;
	now: () => Date;
	random?: FillRandom;
}

export async function current(db: KioskDb): Promise<Enrolment | null> {
	return (await getMeta(db, 'enrolment')) ?? null;
}

/** Keeps the newest configuration, unless the kiosk was ended or paired again meanwhile. */
export async function saveConfig(db: KioskDb, token: string, config: KioskConfig): Promise<void> {
	const tx = db.transaction('meta', 'readwrite');
	await inTransaction(tx, async () => {
		const enrolment = (await tx.store.get('enrolment')) as Enrolment | undefined;
		if (enrolment?.token === token) await tx.store.put({ ...enrolment, config }, 'enrolment');
	});
}

/**
 * Revokes the device if the server can be reached, then wipes the tablet either way.
 * `revoked: false` tells staff to revoke the device in the staff pages.
 */
export async function end(deps: Pick<EnrolmentDeps, 'db' | 'api'>): Promise<{ revoked: boolean }> {
	const enrolment = await current(deps.db);
	let revoked = false;
	if (enrolment) {
		const answer = await deps.api.end(enrolment.token);
		revoked =
			answer.kind === 'ok' ||
			(answer.kind === 'refused' &&
				['device_revoked', 'device_unknown'].includes(answer.body.error));
	}
	await wipe(deps.db);
	return { revoked };
}
