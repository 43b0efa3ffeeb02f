import type { SyncResponse } from '../../src/lib/domain/kiosk';
import { STAND_ADDRESS, type Tablet } from '../sync/client';
import { makeBatch } from '../sync/opinions';
import type { Scenario } from './load';

/**
 * POST /api/kiosk/opinions as the kiosk's outbox sends it: a batch of new opinions with the
 * tablet's bearer token. The tablets take turns, as several stands syncing at once.
 */
export function kioskScenario(tablets: readonly Tablet[], batchSize: number): Scenario {
	let turn = 0;
	return {
		path: '/api/kiosk/opinions',
		headers: { 'content-type': 'application/json' },
		next() {
			const tablet = tablets[turn++ % tablets.length];
			if (!tablet) throw new Error('The kiosk scenario needs at least one paired tablet');
			const items = makeBatch(tablet.config, batchSize);
			return {
				body: Buffer.from(JSON.stringify({ eventId: tablet.config.event.id, items })),
				uuids: items.map((item) => item.uuid),
				headers: { authorization: `Bearer ${tablet.token}`, 'x-forwarded-for': STAND_ADDRESS }
			};
		},
		accepted(status, body) {
			if (status !== 200) return false;
			const { results } = JSON.parse(body) as SyncResponse;
			return results.length === batchSize && results.every((r) => r.status === 'stored');
		}
	};
}

/** The same batches to the reference's /batch, stored there in one transaction each. */
export function referenceBatchScenario(tablet: Tablet, batchSize: number): Scenario {
	return {
		path: '/batch',
		headers: { 'content-type': 'application/json' },
		next() {
			const items = makeBatch(tablet.config, batchSize);
			return {
				body: Buffer.from(JSON.stringify({ eventId: tablet.config.event.id, items })),
				uuids: items.map((item) => item.uuid)
			};
		},
		accepted: (status) => status === 200
	};
}
