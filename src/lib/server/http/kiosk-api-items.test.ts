import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpinionItem } from '$lib/domain/kiosk';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { makeArea, makeConsultation, makeKiosk, opinionItem } from '../testing/factories';
import { expectRefusal as refusal, kioskRequest } from '../testing/kiosk-requests';
import * as sut from './kiosk-api';

const now = new Date('2026-06-05T16:00:00Z');

describe('kiosk opinions endpoint: items', () => {
	let db: Database;
	let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
	beforeEach(async () => {
		db = await createTestDb();
		kiosk = await makeKiosk(db);
	});
	afterEach(async () => db.destroy());

	const send = (body: unknown) =>
		sut.kioskOpinions(
			db,
			kioskRequest('opinions', body, { authorization: `Bearer ${kiosk.token}` }),
			now
		);
	const batch = (items: unknown[]) => ({ eventId: kiosk.event.id, items });
	const expectRefusal = (response: Response, status: number, error: string) =>
		refusal(db, response, status, error);

	it.each<[string, Partial<Record<keyof OpinionItem, unknown>>, object]>([
		['uuid not a UUID', { uuid: 'abc' }, { field: 'uuid', code: 'invalid_uuid' }],
		['uuid a number', { uuid: 7 }, { field: 'uuid', code: 'invalid_uuid' }],
		['text a number', { text: 12 }, { field: 'text', code: 'required' }],
		['whitespace-only text', { text: ' \n\t ' }, { field: 'text', code: 'required' }],
		[
			'text of 2001 characters',
			{ text: 'a'.repeat(2001) },
			{ field: 'text', code: 'too_long', limit: 2000 }
		],
		['questionId a string', { questionId: '3' }, { field: 'questionId', code: 'invalid_choice' }],
		['areaIds a number', { areaIds: 1 }, { field: 'areaIds', code: 'invalid_choice' }],
		['areaIds of strings', { areaIds: ['1'] }, { field: 'areaIds', code: 'invalid_choice' }],
		[
			'21 areas',
			{ areaIds: Array.from({ length: 21 }, (_, i) => i + 1) },
			{ field: 'areaIds', code: 'too_many', limit: 20 }
		],
		['an unknown district', { district: 'praga' }, { field: 'district', code: 'invalid_choice' }],
		['an unknown age band', { ageBand: '100+' }, { field: 'ageBand', code: 'invalid_choice' }],
		['an unknown language', { language: 'de' }, { field: 'language', code: 'invalid_choice' }],
		[
			'a malformed receipt',
			{ receiptCode: 'K7F2-9QXU' },
			{ field: 'receiptCode', code: 'invalid_receipt' }
		],
		[
			'a date without time',
			{ submittedAt: '2026-06-05' },
			{ field: 'submittedAt', code: 'invalid_datetime' }
		],
		[
			'a decimal comma',
			{ submittedAt: '2026-06-05T15:42:10,5Z' },
			{ field: 'submittedAt', code: 'invalid_datetime' }
		],
		['no language', { language: undefined }, { field: 'language', code: 'required' }]
	])('rejects an item with %s and skips the valid one', async (_case, change, error) => {
		const good = opinionItem();
		const bad = { ...opinionItem(), ...change };

		const body = await expectRefusal(await send(batch([good, bad])), 400, 'invalid_items');

		expect(body.results).toEqual([
			{ index: 0, uuid: good.uuid, status: 'skipped' },
			{
				index: 1,
				uuid: typeof bad.uuid === 'string' ? bad.uuid : null,
				status: 'rejected',
				errors: [error]
			}
		]);
	});

	it('lists every error of an item, one per field', async () => {
		const bad = opinionItem({ text: '', language: 'xx' as 'pl', areaIds: [0, -1] });
		const body = await expectRefusal(await send(batch([bad])), 400, 'invalid_items');
		expect(body.results?.[0]?.errors).toEqual([
			{ field: 'text', code: 'required' },
			{ field: 'areaIds', code: 'invalid_choice' },
			{ field: 'language', code: 'invalid_choice' }
		]);
	});

	it('rejects an item that is not an object', async () => {
		const body = await expectRefusal(await send(batch([42])), 400, 'invalid_items');
		expect(body.results).toEqual([
			{
				index: 0,
				uuid: null,
				status: 'rejected',
				errors: [{ field: 'item', code: 'invalid_choice' }]
			}
		]);
	});

	it('rejects an area and a question of another consultation', async () => {
		const other = await makeConsultation(db, { questions: ['Cudze pytanie?'] });
		const foreignArea = await makeArea(db, other.id);
		const foreignQuestion = await db
			.selectFrom('questions')
			.select('id')
			.where('consultation_id', '=', other.id)
			.executeTakeFirstOrThrow();
		const items = [
			opinionItem({ areaIds: [kiosk.areas[0]!.id, foreignArea.id] }),
			opinionItem({ questionId: foreignQuestion.id }),
			opinionItem({ questionId: 999_999 })
		];

		const body = await expectRefusal(await send(batch(items)), 400, 'invalid_items');

		expect(body.results?.map((r) => r.errors)).toEqual([
			[{ field: 'areaIds', code: 'invalid_choice' }],
			[{ field: 'questionId', code: 'invalid_choice' }],
			[{ field: 'questionId', code: 'invalid_choice' }]
		]);
	});

	it('rejects the later copies of a UUID repeated in the batch, in any letter case', async () => {
		const first = opinionItem();
		const items = [
			first,
			opinionItem(),
			{ ...opinionItem(), uuid: first.uuid },
			{ ...opinionItem(), uuid: first.uuid.toUpperCase() }
		];

		const body = await expectRefusal(await send(batch(items)), 400, 'invalid_items');

		const duplicate = [{ field: 'uuid', code: 'duplicate_in_batch' }];
		expect(body.results).toEqual([
			{ index: 0, uuid: first.uuid, status: 'skipped' },
			{ index: 1, uuid: items[1]!.uuid, status: 'skipped' },
			{ index: 2, uuid: first.uuid, status: 'rejected', errors: duplicate },
			{ index: 3, uuid: first.uuid.toUpperCase(), status: 'rejected', errors: duplicate }
		]);
	});
});
