import type { KioskConfig, OpinionItem, SyncResponse } from '../../../src/lib/domain/kiosk';
import { generateReceiptCode, RECEIPT_CODE_PATTERN } from '../../../src/lib/domain/receipt';

/** Every opinion whose request got a 2xx, by what identifies it in the database. */
export interface Ledger {
	/** Kiosk: uuid → the text and the number of areas sent. */
	kiosk: Map<string, { text: string; areas: number }>;
	/** Online form: receipt code answered → the text sent. */
	online: Map<string, string>;
	/** Requests that met a dead server and were sent again. */
	retries: number;
	/** Answers no client should ever get: a 4xx or 5xx, or a form refused. */
	unexpected: string[];
}

export const newLedger = (): Ledger => ({
	kiosk: new Map(),
	online: new Map(),
	retries: 0,
	unexpected: []
});

export interface Load {
	origin: string;
	ledger: Ledger;
	/** Marks this run's texts, so that the check finds exactly them. */
	marker: string;
	running: () => boolean;
}

const REQUEST_TIMEOUT_MS = 15_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends until the server answers, as the kiosk and a person at a browser do: a refused
 * connection, a reset, a timeout or a body cut short is sent again, unchanged.
 */
async function deliver(load: Load, send: () => Promise<Response>) {
	for (;;) {
		try {
			const answer = await send();
			return { status: answer.status, text: await answer.text() };
		} catch {
			load.ledger.retries++;
			await pause(100 + Math.random() * 150);
		}
	}
}

/** A tablet that sends batches of 1–20 opinions, one after another, until told to stop. */
export async function kioskClient(load: Load, token: string, config: KioskConfig, name: string) {
	const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
	for (let batch = 1; load.running(); batch++) {
		const items = Array.from({ length: 1 + Math.floor(Math.random() * 20) }, (_, i) =>
			kioskItem(config, `${load.marker} ${name}-${batch}-${i}`)
		);
		const body = JSON.stringify({ eventId: config.event.id, items });
		const url = `${load.origin}/api/kiosk/opinions`;
		const answer = await deliver(load, () =>
			fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
		);
		if (answer.status !== 200) {
			load.ledger.unexpected.push(`kiosk ${answer.status}: ${answer.text.slice(0, 200)}`);
			continue;
		}
		for (const result of (JSON.parse(answer.text) as SyncResponse).results) {
			const item = items[result.index];
			if (!item || (result.status !== 'stored' && result.status !== 'duplicate')) {
				load.ledger.unexpected.push(`kiosk item ${JSON.stringify(result)}`);
				continue;
			}
			load.ledger.kiosk.set(item.uuid, { text: item.text, areas: item.areaIds.length });
		}
	}
}

function kioskItem(config: KioskConfig, tag: string): OpinionItem {
	const areaIds = config.areas.map((a) => a.id).filter(() => Math.random() < 0.5);
	return {
		uuid: crypto.randomUUID(),
		text: `${tag}: więcej ławek w cieniu i fontanna przy skwerze.`,
		questionId: config.questions[0]?.id ?? null,
		areaIds,
		district: 'wola',
		ageBand: null,
		language: 'pl',
		receiptCode: generateReceiptCode(),
		submittedAt: new Date().toISOString()
	};
}

/**
 * A resident at the online form: opens it (a fresh token), writes, sends; the form's enhanced
 * request, whose answer carries the receipt code. A lost answer is sent again with the same
 * token, which the server recognises as the same opinion.
 */
export async function onlineClient(load: Load, slug: string, name: string) {
	const page = `${load.origin}/konsultacje/${slug}`;
	for (let n = 1; load.running(); n++) {
		const token = await formToken(load, page);
		if (!token) return;
		const text = `${load.marker} ${name}-${n}: zajęcia dla sąsiadów w bibliotece na Woli.`;
		const body = new URLSearchParams({ token, text, website: '' }).toString();
		const headers = {
			origin: load.origin,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		};
		const answer = await deliver(load, () =>
			fetch(page, {
				method: 'POST',
				headers,
				body,
				signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
			})
		);
		const receipt = answer.status === 200 ? receiptIn(answer.text) : undefined;
		if (!receipt) {
			load.ledger.unexpected.push(`online ${answer.status}: ${answer.text.slice(0, 200)}`);
			continue;
		}
		load.ledger.online.set(receipt, text);
	}
}

/** An enhanced form's answer: `{type, data}`, data being devalue's flat array of values. */
function receiptIn(reply: string): string | undefined {
	const { type, data } = JSON.parse(reply) as { type: string; data?: string };
	if (type !== 'success' || !data) return undefined;
	const values = JSON.parse(data) as unknown[];
	return values.find((v): v is string => typeof v === 'string' && RECEIPT_CODE_PATTERN.test(v));
}

async function formToken(load: Load, page: string): Promise<string | null> {
	while (load.running()) {
		const answer = await deliver(load, () =>
			fetch(page, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
		);
		const token = /name="token" value="([^"]+)"/.exec(answer.text)?.[1];
		if (token) return token;
		load.ledger.unexpected.push(`form page ${answer.status}`);
	}
	return null;
}
