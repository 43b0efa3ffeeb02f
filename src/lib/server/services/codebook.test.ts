import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { listAreas, listThemes } from '../repositories/codebook';
import { createTestDb } from '../testing/db';
import { areaInput, makeArea, makeConsultation, unwrap } from '../testing/factories';
import * as sut from './codebook';

const theme = (overrides: Partial<{ name: string; area_id: number | null }> = {}) => ({
	name: 'Spotkania sąsiedzkie',
	description: 'Pikniki, podwórka, okazje do poznania się.',
	area_id: null,
	...overrides
});

describe('codebook service', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createTestDb();
	});
	afterEach(async () => db.destroy());

	describe('saveArea', () => {
		it('adds an area to a consultation and records it', async () => {
			const consultation = await makeConsultation(db);
			const input = areaInput({ code: 1, name_pl: 'Budowanie otwartości' });

			const saved = unwrap(await sut.saveArea(db, consultation.id, null, input, null));

			expect(await listAreas(db, consultation.id)).toEqual([
				{ id: saved.id, consultation_id: consultation.id, position: 1, ...input }
			]);
			const [entry] = await listAudit(db, 'area', saved.id);
			expect(entry).toMatchObject({ action: 'area.create', before_json: null });
		});

		it('rejects a code already used in the same consultation and inserts nothing', async () => {
			const consultation = await makeConsultation(db);
			await makeArea(db, consultation.id, { code: 1 });

			const clash = await sut.saveArea(db, consultation.id, null, areaInput({ code: 1 }), null);

			expect(clash).toEqual({ ok: false, errors: { code: { code: 'duplicate_area_code' } } });
			expect(await listAreas(db, consultation.id)).toHaveLength(1);
		});

		it('allows the same code in another consultation', async () => {
			const first = await makeConsultation(db);
			const second = await makeConsultation(db);
			await makeArea(db, first.id, { code: 1 });

			const saved = await sut.saveArea(db, second.id, null, areaInput({ code: 1 }), null);

			expect(saved).toMatchObject({ ok: true });
		});

		it('updates an area that keeps its own code', async () => {
			const consultation = await makeConsultation(db);
			const area = await makeArea(db, consultation.id, { code: 2, name_pl: 'Stara nazwa' });
			const edited = areaInput({ code: 2, name_pl: 'Nowa nazwa' });

			const saved = await sut.saveArea(db, consultation.id, area.id, edited, null);

			expect(saved).toEqual({ ok: true, id: area.id });
			expect((await listAreas(db, consultation.id)).map((a) => a.name_pl)).toEqual(['Nowa nazwa']);
			const entry = (await listAudit(db, 'area', area.id)).at(-1);
			expect(JSON.parse(entry?.before_json ?? 'null')).toMatchObject({ name_pl: 'Stara nazwa' });
			expect(JSON.parse(entry?.after_json ?? 'null')).toEqual(edited);
		});

		it('rejects moving an area onto the code of another area', async () => {
			const consultation = await makeConsultation(db);
			await makeArea(db, consultation.id, { code: 1 });
			const second = await makeArea(db, consultation.id, { code: 2 });

			const clash = await sut.saveArea(
				db,
				consultation.id,
				second.id,
				areaInput({ code: 1 }),
				null
			);

			expect(clash).toEqual({ ok: false, errors: { code: { code: 'duplicate_area_code' } } });
		});

		it('returns null for an area of another consultation, leaving it as it was', async () => {
			const mine = await makeConsultation(db);
			const theirs = await makeConsultation(db);
			const area = await makeArea(db, theirs.id, { code: 1, name_pl: 'Cudzy obszar' });

			const result = await sut.saveArea(db, mine.id, area.id, areaInput({ code: 1 }), null);

			expect(result).toBeNull();
			expect((await listAreas(db, theirs.id)).map((a) => a.name_pl)).toEqual(['Cudzy obszar']);
			expect(await listAreas(db, mine.id)).toEqual([]);
		});
	});

	describe('saveTheme', () => {
		it('adds a theme under an area of the same consultation', async () => {
			const consultation = await makeConsultation(db);
			const area = await makeArea(db, consultation.id, { code: 1 });

			const saved = unwrap(
				await sut.saveTheme(db, consultation.id, null, theme({ area_id: area.id }), null)
			);

			expect(await listThemes(db, consultation.id)).toEqual([
				expect.objectContaining({ id: saved.id, area_id: area.id, area_code: 1 })
			]);
		});

		it('adds a theme outside every area', async () => {
			const consultation = await makeConsultation(db);

			const saved = await sut.saveTheme(db, consultation.id, null, theme(), null);

			expect(saved).toMatchObject({ ok: true });
		});

		it('rejects an area of another consultation with invalid_choice', async () => {
			const mine = await makeConsultation(db);
			const theirs = await makeConsultation(db);
			const foreignArea = await makeArea(db, theirs.id, { code: 1 });

			const result = await sut.saveTheme(
				db,
				mine.id,
				null,
				theme({ area_id: foreignArea.id }),
				null
			);

			expect(result).toEqual({ ok: false, errors: { area_id: { code: 'invalid_choice' } } });
			expect(await listThemes(db, mine.id)).toEqual([]);
		});

		it('rejects a second theme with the same name', async () => {
			const consultation = await makeConsultation(db);
			await sut.saveTheme(db, consultation.id, null, theme(), null);

			const clash = await sut.saveTheme(db, consultation.id, null, theme(), null);

			expect(clash).toEqual({ ok: false, errors: { name: { code: 'duplicate_theme' } } });
		});

		it('renames a theme and records the change', async () => {
			const consultation = await makeConsultation(db);
			const created = unwrap(await sut.saveTheme(db, consultation.id, null, theme(), null));

			const saved = await sut.saveTheme(
				db,
				consultation.id,
				created.id,
				theme({ name: 'Miejsca spotkań' }),
				null
			);

			expect(saved).toEqual({ ok: true, id: created.id });
			expect((await listThemes(db, consultation.id)).map((t) => t.name)).toEqual([
				'Miejsca spotkań'
			]);
			expect((await listAudit(db, 'theme', created.id)).map((a) => a.action)).toEqual([
				'theme.create',
				'theme.update'
			]);
		});

		it('returns null for a theme of another consultation', async () => {
			const mine = await makeConsultation(db);
			const theirs = await makeConsultation(db);
			const foreign = unwrap(await sut.saveTheme(db, theirs.id, null, theme(), null));

			expect(
				await sut.saveTheme(db, mine.id, foreign.id, theme({ name: 'Przejęty' }), null)
			).toBeNull();
			expect((await listThemes(db, theirs.id)).map((t) => t.name)).toEqual([theme().name]);
		});
	});
});
