import type {
	ItemStatus,
	KioskConfig,
	OpinionItem,
	PairResponse,
	SyncResponse
} from '../../src/lib/domain/kiosk';
import { BenchFailure } from '../log';

/** One paired tablet talking to the server as the kiosk page does. */
export interface Tablet {
	deviceId: number;
	config: KioskConfig;
	/** The bearer token the server gave at pairing. */
	token: string;
	/** Sends one batch, checks every answer, and returns the request's latency in ms. */
	send(items: OpinionItem[], expected: ItemStatus): Promise<number>;
}

/** Read only by a server started with ADDRESS_HEADER (as behind a proxy); ignored otherwise. */
export const STAND_ADDRESS = '10.200.0.1';

export async function pairTablet(origin: string, code: string): Promise<Tablet> {
	const response = await fetch(`${origin}/api/kiosk/pair`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': STAND_ADDRESS },
		body: JSON.stringify({ code })
	});
	if (response.status !== 200) {
		throw new BenchFailure(`Pairing answered ${response.status}: ${await response.text()}`);
	}
	const { token, config } = (await response.json()) as PairResponse;
	const headers = {
		'content-type': 'application/json',
		authorization: `Bearer ${token}`,
		'x-forwarded-for': STAND_ADDRESS
	};
	return {
		deviceId: config.device.id,
		config,
		token,
		async send(items, expected) {
			const body = JSON.stringify({ eventId: config.event.id, items });
			const started = performance.now();
			const answer = await fetch(`${origin}/api/kiosk/opinions`, { method: 'POST', headers, body });
			const text = await answer.text();
			const latency = performance.now() - started;
			if (answer.status !== 200) {
				throw new BenchFailure(`POST /api/kiosk/opinions answered ${answer.status}: ${text}`);
			}
			checkResults(items, (JSON.parse(text) as SyncResponse).results, expected);
			return latency;
		}
	};
}

function checkResults(
	items: OpinionItem[],
	results: SyncResponse['results'],
	expected: ItemStatus
) {
	if (results.length !== items.length) {
		throw new BenchFailure(`Sent ${items.length} items, got ${results.length} results`);
	}
	results.forEach((result, index) => {
		const uuid = items[index]?.uuid;
		if (result.index === index && result.uuid === uuid && result.status === expected) return;
		throw new BenchFailure(
			`Item ${index} (${uuid}) should be ${expected}, got ${JSON.stringify(result)}`
		);
	});
}
