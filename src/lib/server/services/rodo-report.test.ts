import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { findConsultationBySlug } from '../repositories/consultations';
import { makeCodebook, versionOf } from '../testing/coding';
import { createTestDb } from '../testing/db';
import { codeOpinion } from './coding';
import { storeOpinion } from './intake';
import { reportOpinionPage } from './report-opinions';
import { loadPublishedReport, publishReport } from './report-publish';
import { eraseSubjectData as sut } from './rodo';

const email = { kind: 'email', value: 'anna@example.org' } as const;

describe('eraseSubjectData and published reports', () => {
	it('scrubs the erased opinion from every published table and quote', async () => {
		const db = await createTestDb();
		const book = await makeCodebook(db);
		const id = (await storeOpinion(db, {
			comment: {
				uuid: crypto.randomUUID(),
				consultation_id: book.consultation.id,
				channel: 'online',
				text: 'Spotkajmy się na podwórku przy Marszałkowskiej w każdą sobotę, wszyscy sąsiedzi razem.'
			},
			contact: { email: email.value, source: 'form', consentAt: '2026-06-01T08:30:00.000Z' }
		}))!;
		await codeOpinion(db, book.analyst.id, book.consultation.id, id, {
			areaIds: [book.areas[0].id],
			themeIds: [book.themes.picnics],
			expectedVersion: (await versionOf(db, id)).version
		});
		const consultation = (await findConsultationBySlug(db, book.consultation.slug))!;
		await publishReport(db, null, consultation);
		const before = (await loadPublishedReport(db, consultation.id, 1))!;
		expect(before.snapshot.areas[0]!.quotes.map((q) => q.commentId)).toEqual([id]);

		await sut(db, null, email, { removeText: true });

		const marker = m.pii_removed_text({}, { locale: 'pl' });
		const after = (await loadPublishedReport(db, consultation.id, 1))!;
		expect(after.snapshot.areas[0]!.quotes[0]!.text).toBe(marker);
		const [row] = (await reportOpinionPage(db, consultation.id, { version: 1 }, 1, 1)).rows;
		expect(row!.text).toBe(marker);
		expect(after.snapshot.figures).toEqual(before.snapshot.figures);
		expect(after.snapshot.amendedAt).toEqual(expect.any(String));
	});
});
