import { describe, expect, it } from 'vitest';
import type { ItemResult, KioskErrorCode, SyncResponse } from '$lib/domain/kiosk';
import type { ApiResult } from './api';
import { align, interpret } from './batch';
import type { OutboxEntry } from './store';
import { at, EVENT_ID, opinionItem } from './testing';

const batch: OutboxEntry[] = [0, 1, 2].map((seq) => {
	const item = opinionItem(seq);
	return { uuid: item.uuid, seq, eventId: EVENT_ID, queuedAt: at(seq).toISOString(), item };
});
const result = (index: number, status: ItemResult['status'] = 'stored'): ItemResult => ({
	index,
	uuid: batch[index]?.uuid ?? null,
	status
});
const refused = (error: KioskErrorCode, extra = {}): ApiResult<SyncResponse> => ({
	kind: 'refused',
	status: 400,
	body: { error, message: '', ...extra }
});

describe('align', () => {
	it('puts results in batch order', () => {
		expect(align([result(2), result(0), result(1)], batch)).toEqual([
			result(0),
			result(1),
			result(2)
		]);
	});

	it.each([
		['one result short', [result(0), result(1)]],
		['an index twice', [result(0), result(0), result(2)]],
		['an index out of range', [result(0), result(1), { ...result(2), index: 3 }]],
		['another UUID', [result(0), result(1), { ...result(2), uuid: batch[0]!.uuid }]]
	])('refuses results with %s', (_, results) => {
		expect(align(results, batch)).toBeNull();
	});
});

describe('interpret', () => {
	it('shrinks to the limit the server names, or else to half', () => {
		expect(interpret(refused('batch_too_large', { limit: 2 }), batch)).toEqual({
			kind: 'shrink',
			size: 2
		});
		expect(interpret(refused('batch_too_large'), batch)).toEqual({ kind: 'shrink', size: 1 });
		expect(interpret(refused('body_too_large'), batch)).toEqual({ kind: 'shrink', size: 1 });
	});

	it('sets aside a single opinion too large to send', () => {
		expect(interpret(refused('body_too_large', { limit: 524288 }), batch.slice(0, 1))).toEqual({
			kind: 'too_large',
			limit: 524288
		});
	});

	it.each<KioskErrorCode>(['malformed_json', 'invalid_request', 'unsupported_media_type'])(
		'stops on %s until staff look, since a retry would fail alike',
		(error) => {
			expect(interpret(refused(error), batch)).toMatchObject({
				kind: 'stop',
				outcome: 'blocked',
				code: error
			});
		}
	);

	it('retries when invalid_items comes without usable results', () => {
		expect(interpret(refused('invalid_items'), batch)).toMatchObject({
			kind: 'stop',
			outcome: 'retry',
			code: 'unexpected_answer'
		});
	});
});
