import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { makeCodebook, makeOpinion } from '../testing/coding';
import { makeConsultation, unwrap } from '../testing/factories';
import { codeOpinion } from './coding';
import { excludeOpinions } from './moderation';
import * as sut from './duplicates';

const letter =
	'Popieramy utworzenie klubu sąsiedzkiego w pustym lokalu przy Stalowej. Praga-Północ potrzebuje ' +
	'miejsca, gdzie sąsiedzi mogą się spotkać, napić herbaty i razem coś zrobić.';

describe('duplicates service', () => {
	let db: Database;
	let book: Awaited<ReturnType<typeof makeCodebook>>;
	beforeEach(async () => {
		db = await createTestDb();
		book = await makeCodebook(db);
	});
	afterEach(async () => db.destroy());

	const opinion = (text: string, day: number, channel = 'online') =>
		makeOpinion(db, book.consultation.id, {
			text,
			channel,
			received_at: `2026-05-${String(day).padStart(2, '0')}T10:00:00.000Z`
		});
	const row = (id: number) =>
		db
			.selectFrom('comments')
			.select(['status', 'excluded_reason', 'duplicate_of_id', 'version'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
	const mark = (keepId: number, ids: number[]) =>
		sut.markDuplicates(db, book.analyst.id, book.consultation.id, keepId, ids);

	describe('listDuplicateGroups', () => {
		it('groups copies and near-copies with their channel, date and a preview, oldest first', async () => {
			const later = await opinion(`${letter}\nPozdrawiam,\nAnna`, 9, 'email');
			const first = await opinion(letter, 5, 'kiosk');
			const edited = await opinion(letter.replace('herbaty', 'kawy'), 7);
			await opinion('Więcej koszy na śmieci w parku Moczydło, bo po weekendzie jest bałagan.', 6);

			const groups = await sut.listDuplicateGroups(db, book.consultation.id);

			expect(groups).toHaveLength(1);
			const [group] = groups;
			expect(group?.members.map((m) => m.id)).toEqual([first, edited, later]);
			expect(group).toMatchObject({ exact: false, keepId: first, pending: true });
			expect(group?.members[0]).toMatchObject({
				channel: 'kiosk',
				receivedAt: '2026-05-05T10:00:00.000Z',
				text: letter,
				truncated: false,
				marked: false
			});
		});

		it('cuts long texts at a word and says so', async () => {
			const text = `${letter} ${'Bardzo proszę o szybką decyzję w tej sprawie. '.repeat(10)}`;
			await opinion(text, 5);
			await opinion(text.toUpperCase(), 6);

			const [group] = await sut.listDuplicateGroups(db, book.consultation.id);

			const preview = group!.members[0]!;
			expect(preview.truncated).toBe(true);
			expect(preview.text.length).toBeLessThanOrEqual(sut.DUPLICATE_TEXT_PREVIEW + 1);
			expect(preview.text).toMatch(/\S…$/);
			expect(text.startsWith(preview.text.slice(0, -1))).toBe(true);
		});

		it('leaves out opinions set aside for another reason, split originals and other consultations', async () => {
			await opinion(letter, 5);
			const spam = await opinion(letter, 6);
			const split = await opinion(letter, 7);
			const other = await makeConsultation(db);
			await makeOpinion(db, other.id, { text: letter });
			unwrap(
				await excludeOpinions(db, book.analyst.id, book.consultation.id, [spam], {
					reason: 'spam',
					duplicateOfId: null
				})
			);
			await db
				.updateTable('comments')
				.set({ split_at: '2026-05-08' })
				.where('id', '=', split)
				.execute();

			expect(await sut.listDuplicateGroups(db, book.consultation.id)).toEqual([]);
		});

		it('shows marked members as marked, keeps their original as the one to keep, decided groups last', async () => {
			const a = await opinion(letter, 5);
			const b = await opinion(letter, 6);
			const c = await opinion(letter, 7);
			const open1 = await opinion(
				'Dom kultury na Bielanach powinien być otwarty także w niedziele.',
				8
			);
			const open2 = await opinion(
				'Dom kultury na Bielanach powinien być otwarty także w niedziele!',
				9
			);
			unwrap(await mark(b, [a, c]));

			const groups = await sut.listDuplicateGroups(db, book.consultation.id);

			expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([
				[open1, open2],
				[a, b, c]
			]);
			expect(groups[1]).toMatchObject({ keepId: b, pending: false });
			expect(groups[1]!.members.map((m) => [m.marked, m.duplicateOfId])).toEqual([
				[true, b],
				[false, null],
				[true, b]
			]);
		});
	});

	describe('markDuplicates', () => {
		it('excludes each duplicate as a duplicate of the kept one, bumps its version and logs it', async () => {
			const keep = await opinion(letter, 5);
			const copy = await opinion(letter, 6);
			const near = await opinion(letter.replace('herbaty', 'kawy'), 7);
			const before = await row(copy);

			expect(await mark(keep, [copy, near, copy])).toEqual({ ok: true, changed: 2 });

			expect(await row(copy)).toEqual({
				status: 'excluded',
				excluded_reason: 'duplicate',
				duplicate_of_id: keep,
				version: before.version + 1
			});
			expect(await row(near)).toMatchObject({ duplicate_of_id: keep });
			expect(await row(keep)).toMatchObject({ status: 'received', duplicate_of_id: null });
			const [entry] = await listAudit(db, 'comment', copy);
			expect(entry).toMatchObject({ actor_user_id: book.analyst.id });
			expect(JSON.parse(entry!.before_json!)).toMatchObject({ status: 'received' });
			expect(JSON.parse(entry!.after_json!)).toMatchObject({
				status: 'excluded',
				excluded_reason: 'duplicate',
				duplicate_of_id: keep
			});
		});

		it('changes nothing for a duplicate already marked against the same opinion', async () => {
			const keep = await opinion(letter, 5);
			const copy = await opinion(letter, 6);
			unwrap(await mark(keep, [copy]));

			expect(await mark(keep, [copy])).toEqual({ ok: true, changed: 0 });
			expect(await listAudit(db, 'comment', copy)).toHaveLength(1);
		});

		it.each([
			['none_selected', () => [] as number[], 'keep'],
			['keep_in_duplicates', (ids: Ids) => [ids.copy, ids.keep], 'keep'],
			['not_found', (ids: Ids) => [ids.copy, ids.foreign], 'keep'],
			['not_found', (ids: Ids) => [ids.copy, 999_999], 'keep'],
			['keep_excluded', (ids: Ids) => [ids.copy], 'spam'],
			['already_excluded', (ids: Ids) => [ids.copy, ids.spam], 'keep']
		] as const)('refuses with %s and writes nothing', async (reason, duplicates, keeper) => {
			const ids = {
				keep: await opinion(letter, 5),
				copy: await opinion(letter, 6),
				spam: await opinion(letter, 7),
				foreign: await makeOpinion(db, (await makeConsultation(db)).id, { text: letter })
			};
			unwrap(
				await excludeOpinions(db, book.analyst.id, book.consultation.id, [ids.spam], {
					reason: 'spam',
					duplicateOfId: null
				})
			);
			const before = await row(ids.copy);

			expect(await mark(ids[keeper], [...duplicates(ids)])).toEqual({ ok: false, reason });

			expect(await row(ids.copy)).toEqual(before);
			expect(await listAudit(db, 'comment', ids.copy)).toEqual([]);
		});
	});

	describe('unmarkDuplicate', () => {
		const unmark = (id: number) =>
			sut.unmarkDuplicate(db, book.analyst.id, book.consultation.id, id);

		it('brings a duplicate back to waiting, with an audit entry', async () => {
			const keep = await opinion(letter, 5);
			const copy = await opinion(letter, 6);
			unwrap(await mark(keep, [copy]));

			expect(await unmark(copy)).toEqual({ ok: true, changed: 1 });

			expect(await row(copy)).toMatchObject({
				status: 'received',
				excluded_reason: null,
				duplicate_of_id: null
			});
			expect((await listAudit(db, 'comment', copy)).length).toBe(2);
		});

		it('brings a coded duplicate back as coded', async () => {
			const keep = await opinion(letter, 5);
			const copy = await opinion(letter, 6);
			const coded = unwrap(
				await codeOpinion(db, book.analyst.id, book.consultation.id, copy, {
					areaIds: [book.areas[0].id],
					themeIds: [],
					expectedVersion: (await row(copy)).version
				})
			);
			unwrap(await mark(keep, [copy]));

			unwrap(await unmark(copy));

			expect(await row(copy)).toMatchObject({ status: 'coded', version: coded.version + 2 });
		});

		it('refuses an opinion set aside for another reason, or of another consultation', async () => {
			const spam = await opinion(letter, 5);
			unwrap(
				await excludeOpinions(db, book.analyst.id, book.consultation.id, [spam], {
					reason: 'spam',
					duplicateOfId: null
				})
			);
			const foreign = await makeOpinion(db, (await makeConsultation(db)).id);

			expect(await unmark(spam)).toEqual({ ok: false, reason: 'not_duplicate' });
			expect(await unmark(foreign)).toEqual({ ok: false, reason: 'not_found' });
			expect(await row(spam)).toMatchObject({ excluded_reason: 'spam' });
		});
	});
});

type Ids = { keep: number; copy: number; spam: number; foreign: number };
