import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { countRows, makeKiosk, opinionItem } from '../testing/factories';
import type { KioskDevice } from './kiosk';
import * as sut from './kiosk-opinions';

const now = new Date('2026-06-05T16:00:00Z');

describe('receiveOpinions', () => {
	let db: Database;
	let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
	let device: KioskDevice;
	beforeEach(async () => {
		db = await createTestDb();
		kiosk = await makeKiosk(db);
		device = { ...kiosk.device, consultation_id: kiosk.consultation.id };
	});
	afterEach(async () => db.destroy());

	const receive = (items: unknown[], at = now) =>
		sut.receiveOpinions(db, device, { eventId: kiosk.event.id, items }, at);
	const comments = () => db.selectFrom('comments').selectAll().orderBy('id').execute();
	const declaredAreas = () =>
		db.selectFrom('comment_declared_areas').selectAll().orderBy('area_id').execute();

	it('stores a kiosk opinion with its event, device, question, language and times', async () => {
		const question = kiosk.questions[0]!;
		const item = opinionItem({
			uuid: '0F8FAD5B-D9CB-469F-A165-70867728950E',
			text: '  Więcej ławek\r\nna skwerze.  ',
			questionId: question.id,
			district: 'bielany',
			ageBand: '30-44',
			language: 'uk',
			receiptCode: 'K7F2-9QXM',
			submittedAt: '2026-06-05T17:42:10.123+02:00'
		});

		expect(await receive([item])).toEqual({
			ok: true,
			results: [{ index: 0, uuid: item.uuid, status: 'stored' }]
		});

		expect(await comments()).toEqual([
			expect.objectContaining({
				uuid: '0f8fad5b-d9cb-469f-a165-70867728950e',
				consultation_id: kiosk.consultation.id,
				event_id: kiosk.event.id,
				channel: 'kiosk',
				text: 'Więcej ławek\nna skwerze.',
				question_id: question.id,
				language: 'uk',
				district: 'bielany',
				age_band: '30-44',
				receipt_code: 'K7F2-9QXM',
				submitted_at: '2026-06-05T15:42:10.123Z',
				received_at: now.toISOString(),
				entered_by_device_id: kiosk.device.id,
				entered_by_user_id: null,
				status: 'received'
			})
		]);
	});

	it('stores a free opinion with nothing optional given', async () => {
		const item = opinionItem({ questionId: null, areaIds: [], district: null, ageBand: null });

		expect((await receive([item])).ok).toBe(true);

		expect(await comments()).toEqual([
			expect.objectContaining({ question_id: null, district: null, age_band: null })
		]);
		expect(await declaredAreas()).toEqual([]);
	});

	it('stores the areas the resident declared', async () => {
		const [first, second] = kiosk.areas;
		await receive([opinionItem({ areaIds: [second!.id, first!.id] })]);

		const [comment] = await comments();
		expect(await declaredAreas()).toEqual([
			{ comment_id: comment!.id, area_id: first!.id },
			{ comment_id: comment!.id, area_id: second!.id }
		]);
	});

	it('stores a replayed batch once and answers duplicate, with new items stored', async () => {
		const area = kiosk.areas[0]!;
		const old = [opinionItem({ areaIds: [area.id] }), opinionItem()];
		await receive(old);

		const fresh = opinionItem();
		const replay = await receive([...old, fresh]);

		expect(replay.ok && replay.results.map((r) => r.status)).toEqual([
			'duplicate',
			'duplicate',
			'stored'
		]);
		expect(await countRows(db, 'comments')).toBe(3);
		expect(await countRows(db, 'comment_declared_areas')).toBe(1);
	});

	it('keeps an opinion whose receipt code another opinion already holds, without the code', async () => {
		const first = opinionItem({ receiptCode: 'K7F2-9QXM' });
		const clash = opinionItem({ receiptCode: 'K7F2-9QXM' });

		const result = await receive([first, clash]);

		expect(result.ok && result.results.map((r) => r.status)).toEqual(['stored', 'stored']);
		expect((await comments()).map((c) => [c.uuid, c.receipt_code])).toEqual([
			[first.uuid, 'K7F2-9QXM'],
			[clash.uuid, null]
		]);
	});

	it('stores nothing when one item is rejected', async () => {
		const result = await receive([opinionItem(), opinionItem({ text: ' ' })]);

		expect(result).toMatchObject({ ok: false, error: 'invalid_items' });
		expect(await countRows(db, 'comments')).toBe(0);
	});

	it('refuses a batch for another event before looking at it', async () => {
		const result = await sut.receiveOpinions(db, device, { eventId: 999, items: [{}] }, now);
		expect(result).toEqual({ ok: false, error: 'wrong_event' });
	});

	it('refuses every batch once the consultation has closed', async () => {
		await db
			.updateTable('consultations')
			.set({ closes_on: '2026-06-05' })
			.where('id', '=', kiosk.consultation.id)
			.execute();

		expect((await receive([opinionItem()], new Date('2026-06-05T21:59:00Z'))).ok).toBe(true);
		expect(await receive([opinionItem()], new Date('2026-06-05T22:00:00Z'))).toEqual({
			ok: false,
			error: 'consultation_closed'
		});
		expect(await countRows(db, 'comments')).toBe(1);
	});
});
