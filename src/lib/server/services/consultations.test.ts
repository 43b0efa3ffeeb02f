import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { findConsultationBySlug, listQuestions } from '../repositories/consultations';
import { createTestDb } from '../testing/db';
import {
	consultationInput,
	countRows,
	makeConsultation,
	makeUser,
	unwrap
} from '../testing/factories';
import * as sut from './consultations';

const questions = [
	'Czym dla Ciebie jest wspólnota?',
	'Jak rozwijać i wspierać lokalne społeczności w Warszawie?',
	'Jak dbać o siebie nawzajem?'
];

describe('consultations service', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	const countConsultations = () => countRows(db, 'consultations');

	describe('createConsultation', () => {
		it('stores the consultation with its questions in order', async () => {
			const input = consultationInput({ slug: 'program-wspolnota', questions });

			const saved = unwrap(await sut.createConsultation(db, input, null));

			expect(saved.slug).toBe('program-wspolnota');
			expect(await findConsultationBySlug(db, 'program-wspolnota')).toMatchObject({
				id: saved.id,
				title: input.title,
				status: 'draft'
			});
			expect(await listQuestions(db, saved.id)).toEqual(
				questions.map((text, position) => ({ id: expect.any(Number) as number, position, text }))
			);
		});

		it('rejects a taken slug and leaves the original untouched', async () => {
			const original = await makeConsultation(db, { slug: 'program-wspolnota', questions });

			const clash = await sut.createConsultation(
				db,
				consultationInput({ slug: 'program-wspolnota', title: 'Podróbka', questions: ['?'] }),
				null
			);

			expect(clash).toEqual({ ok: false, errors: { slug: { code: 'duplicate_slug' } } });
			expect(await countConsultations()).toBe(1);
			expect((await findConsultationBySlug(db, 'program-wspolnota'))?.title).toBe(original.title);
			expect((await listQuestions(db, original.id)).map((q) => q.text)).toEqual(questions);
		});

		it('records the creation with its actor and input', async () => {
			const admin = await makeUser(db, 'admin');
			const input = consultationInput({ questions });

			const saved = unwrap(await sut.createConsultation(db, input, admin.id));

			const [entry, ...rest] = await listAudit(db, 'consultation', saved.id);
			expect(rest).toEqual([]);
			expect(entry).toMatchObject({
				action: 'consultation.create',
				actor_user_id: admin.id,
				before_json: null
			});
			expect(JSON.parse(entry?.after_json ?? 'null')).toEqual(input);
		});
	});

	describe('editConsultation', () => {
		it('updates the fields and replaces the questions', async () => {
			const { id, ...original } = await makeConsultation(db, { questions });
			const edited = { ...original, title: 'Nowy tytuł', questions: ['Jedno pytanie?'] };

			const saved = await sut.editConsultation(db, original.slug, edited, null);

			expect(saved).toEqual({ ok: true, id, slug: original.slug });
			expect((await findConsultationBySlug(db, original.slug))?.title).toBe('Nowy tytuł');
			expect((await listQuestions(db, id)).map((q) => q.text)).toEqual(['Jedno pytanie?']);
		});

		it('stores the contact retention and clears it when left empty', async () => {
			const { id, ...original } = await makeConsultation(db, { contact_retention_days: 90 });
			const retention = async () =>
				(
					await db
						.selectFrom('consultations')
						.select('contact_retention_days')
						.where('id', '=', id)
						.executeTakeFirstOrThrow()
				).contact_retention_days;
			expect(await retention()).toBe(90);

			const cleared = { ...original, contact_retention_days: null };
			await sut.editConsultation(db, original.slug, cleared, null);

			expect(await retention()).toBeNull();
		});

		it('renames the slug to a free one', async () => {
			const { id, ...original } = await makeConsultation(db);
			const renamed = { ...original, slug: 'nowy-adres' };

			const saved = await sut.editConsultation(db, original.slug, renamed, null);

			expect(saved).toEqual({ ok: true, id, slug: 'nowy-adres' });
			expect(await findConsultationBySlug(db, original.slug)).toBeUndefined();
		});

		it('rejects renaming the slug to a taken one and changes nothing', async () => {
			const first = await makeConsultation(db, { slug: 'pierwsza' });
			const { id, ...second } = await makeConsultation(db, { slug: 'druga' });
			const renamed = { ...second, slug: 'pierwsza', title: 'Zmieniony' };

			const clash = await sut.editConsultation(db, 'druga', renamed, null);

			expect(clash).toEqual({ ok: false, errors: { slug: { code: 'duplicate_slug' } } });
			expect((await findConsultationBySlug(db, 'pierwsza'))?.title).toBe(first.title);
			expect((await findConsultationBySlug(db, 'druga'))?.title).toBe(second.title);
			expect(await listAudit(db, 'consultation', id)).toHaveLength(1);
		});

		it('returns null for an unknown slug', async () => {
			expect(await sut.editConsultation(db, 'nie-ma-takiej', consultationInput(), null)).toBeNull();
			expect(await countConsultations()).toBe(0);
		});

		it('records the state before and after, including the questions', async () => {
			const admin = await makeUser(db, 'admin');
			const { id, ...original } = await makeConsultation(db, { title: 'Stary tytuł', questions });
			const edited = { ...original, title: 'Nowy tytuł', questions: [] };
			const now = new Date('2026-03-02T10:00:00Z');

			await sut.editConsultation(db, original.slug, edited, admin.id, now);

			const entry = (await listAudit(db, 'consultation', id)).at(-1);
			expect(entry).toMatchObject({ action: 'consultation.update', actor_user_id: admin.id });
			expect(JSON.parse(entry?.before_json ?? 'null')).toMatchObject({
				title: 'Stary tytuł',
				questions
			});
			expect(JSON.parse(entry?.after_json ?? 'null')).toEqual(edited);
			expect((await findConsultationBySlug(db, original.slug))?.updated_at).toBe(now.toISOString());
		});
	});

	describe('isAcceptingOpinions', () => {
		const may = '2018-05-15';
		const june = '2018-06-13';
		it.each([
			{ status: 'draft', opens_on: may, closes_on: june, today: '2018-05-29', expected: false },
			{ status: 'closed', opens_on: may, closes_on: june, today: '2018-05-29', expected: false },
			{ status: 'open', opens_on: may, closes_on: june, today: '2018-05-14', expected: false },
			{ status: 'open', opens_on: may, closes_on: june, today: '2018-05-15', expected: true },
			{ status: 'open', opens_on: may, closes_on: june, today: '2018-05-29', expected: true },
			{ status: 'open', opens_on: may, closes_on: june, today: '2018-06-13', expected: true },
			{ status: 'open', opens_on: may, closes_on: june, today: '2018-06-14', expected: false },
			{ status: 'open', opens_on: null, closes_on: null, today: '2018-05-29', expected: true },
			{ status: 'open', opens_on: null, closes_on: june, today: '2018-07-01', expected: false },
			{ status: 'open', opens_on: may, closes_on: null, today: '2030-01-01', expected: true }
		])(
			'$status from $opens_on to $closes_on, on $today: $expected',
			({ today, expected, ...consultation }) => {
				expect(sut.isAcceptingOpinions(consultation, today)).toBe(expected);
			}
		);
	});
});
