import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { createTestDb } from '../testing/db';
import { countRows, makeConsultation, makeUser } from '../testing/factories';
import { storeOpinion } from './intake';
import * as sut from './rodo';

const email = { kind: 'email', value: 'anna@example.org' } as const;
const text = 'Ławki przy Marszałkowskiej 10. Anna Kowalska, tel. 600 700 800';
const redacted = 'Ławki przy [adres]. [imię i nazwisko], tel. [telefon]';

let db: Database;
let adminId: number;
let first: number;
let second: number;
let stranger: number;

async function opinion(
	consultationId: number,
	overrides: { text?: string; email?: string; receipt?: string } = {}
) {
	const id = await storeOpinion(db, {
		comment: {
			uuid: crypto.randomUUID(),
			consultation_id: consultationId,
			channel: 'online',
			text: overrides.text ?? text,
			receipt_code: overrides.receipt ?? null,
			received_at: '2026-06-01T08:30:00.000Z'
		},
		contact: overrides.email
			? { email: overrides.email, source: 'form', consentAt: '2026-06-01T08:30:00.000Z' }
			: undefined
	});
	return id!;
}

const comment = (id: number) =>
	db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const requests = () => db.selectFrom('rodo_requests').selectAll().orderBy('id').execute();

beforeEach(async () => {
	db = await createTestDb();
	adminId = (await makeUser(db, 'admin')).id;
	const a = await makeConsultation(db, { title: 'Program Wspólnota' });
	const b = await makeConsultation(db, { title: 'Skwer na Woli' });
	first = await opinion(a.id, { email: ' Anna@Example.org ', receipt: 'K7F2-9QXM' });
	second = await opinion(b.id, { email: 'anna@example.org', text: 'Więcej drzew.' });
	stranger = await opinion(b.id, { email: 'jan@example.org', text: 'Jan Nowak, ul. Długa 5' });
});
afterEach(() => db.destroy());

describe('findSubjectData', () => {
	it('finds the opinions of an address across consultations, whatever its case and spaces', async () => {
		const found = await sut.findSubjectData(db, adminId, email);

		expect(found.map((o) => [o.id, o.consultation_title])).toEqual([
			[first, 'Program Wspólnota'],
			[second, 'Skwer na Woli']
		]);
	});

	it('finds the opinion of a receipt code', async () => {
		const found = await sut.findSubjectData(db, adminId, { kind: 'receipt', value: 'K7F2-9QXM' });

		expect(found.map((o) => o.id)).toEqual([first]);
	});

	it('logs the request with a digest of the identifier, never the identifier', async () => {
		await sut.findSubjectData(db, adminId, email);

		const hash = createHash('sha256').update('anna@example.org').digest('hex');
		expect(await requests()).toEqual([
			expect.objectContaining({
				kind: 'find',
				identifier_kind: 'email',
				identifier_hash: hash,
				comment_count: 2,
				handled_by: adminId
			})
		]);
		expect(JSON.stringify(await requests())).not.toContain('example.org');
	});
});

describe('exportSubjectData', () => {
	it('gives a JSON file with the opinions, their contact and response', async () => {
		await db
			.insertInto('comment_responses')
			.values({ comment_id: second, status: 'accepted', justification: 'Posadzimy lipy.' })
			.execute();

		const file = await sut.exportSubjectData(db, adminId, email, new Date('2026-07-01T10:00:00Z'));

		expect(file.filename).toBe('dane-osobowe-2026-07-01.json');
		const data = JSON.parse(file.json) as {
			identifier: unknown;
			opinions: Record<string, unknown>[];
		};
		expect(data.identifier).toEqual(email);
		expect(data.opinions).toHaveLength(2);
		expect(data.opinions[0]).toMatchObject({
			consultation: 'Program Wspólnota',
			receipt_code: 'K7F2-9QXM',
			channel: 'online',
			text,
			contact: { email: ' Anna@Example.org ', consent_at: '2026-06-01T08:30:00.000Z' },
			response: null
		});
		expect(data.opinions[1]?.response).toMatchObject({
			status: 'accepted',
			justification: 'Posadzimy lipy.'
		});
		expect((await requests()).map((r) => [r.kind, r.comment_count])).toEqual([['export', 2]]);
	});
});

describe('eraseSubjectData', () => {
	it('removes the contacts, keeps each opinion only in its public form, and logs it', async () => {
		const now = new Date('2026-07-01T10:00:00Z');

		const result = await sut.eraseSubjectData(db, adminId, email, { removeText: false }, now);

		expect(result).toMatchObject({ opinions: 2, contacts: 2 });
		expect(result.kept.map((k) => [k.consultationTitle, k.text])).toEqual([
			['Program Wspólnota', redacted],
			['Skwer na Woli', 'Więcej drzew.']
		]);
		expect(await comment(first)).toMatchObject({ text: redacted, erased_at: now.toISOString() });
		expect(await comment(second)).toMatchObject({ text: 'Więcej drzew.' });
		expect(await comment(stranger)).toMatchObject({
			text: 'Jan Nowak, ul. Długa 5',
			erased_at: null
		});
		expect(await countRows(db, 'comments')).toBe(3);
		expect(await countRows(db, 'comment_contacts')).toBe(1);
		const [request] = await requests();
		expect(request).toMatchObject({ kind: 'erase', comment_count: 2, remove_text: 0 });
		const audit = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('entity', '!=', 'consultation')
			.execute();
		expect(audit).toEqual([
			expect.objectContaining({ action: 'rodo.erase', entity_id: String(request?.id) })
		]);
		expect(JSON.stringify(audit)).not.toMatch(/example\.org|Kowalska/i);
	});

	it('leaves nothing of the original to full-text search', async () => {
		await sut.eraseSubjectData(db, adminId, email, { removeText: false });

		const hits = await sql<{
			rowid: number;
		}>`select rowid from comments_fts where comments_fts match 'Kowalska'`.execute(db);
		expect(hits.rows).toEqual([]);
	});

	it('puts a marker in place of the text when asked to remove it', async () => {
		await sut.eraseSubjectData(db, adminId, email, { removeText: true });

		expect((await comment(first)).text).toBe('[treść usunięta na wniosek autora]');
		expect((await requests())[0]).toMatchObject({ remove_text: 1 });
	});

	it("keeps an analyst's hand redaction as the text that stays", async () => {
		await db
			.updateTable('comments')
			.set({ redacted_text: 'Ławki w centrum.' })
			.where('id', '=', first)
			.execute();

		await sut.eraseSubjectData(db, adminId, email, { removeText: false });

		expect(await comment(first)).toMatchObject({ text: 'Ławki w centrum.', redacted_text: null });
	});

	it('erases the units split from an opinion as well', async () => {
		const unit = await opinion((await comment(first)).consultation_id, {
			text: 'Anna Kowalska: ławki.'
		});
		await db.updateTable('comments').set({ parent_id: first }).where('id', '=', unit).execute();

		await sut.eraseSubjectData(db, adminId, email, { removeText: false });

		expect(await comment(unit)).toMatchObject({ text: '[imię i nazwisko]: ławki.' });
		expect((await comment(unit)).erased_at).not.toBeNull();
	});

	it('changes nothing for an identifier nobody used, but logs the request', async () => {
		const nobody = { kind: 'email', value: 'nikt@example.org' } as const;

		expect(await sut.eraseSubjectData(db, adminId, nobody, { removeText: true })).toEqual({
			opinions: 0,
			contacts: 0,
			kept: []
		});
		expect(await countRows(db, 'comment_contacts')).toBe(3);
		expect((await requests()).map((r) => [r.kind, r.comment_count])).toEqual([['erase', 0]]);
	});
});

describe('listRequests', () => {
	it('lists requests newest first with who handled them, without identifiers', async () => {
		await sut.findSubjectData(db, adminId, email);
		await sut.eraseSubjectData(db, adminId, email, { removeText: false });

		const list = await sut.listRequests(db);

		expect(list.map((r) => [r.kind, r.identifier_kind, r.comment_count])).toEqual([
			['erase', 'email', 2],
			['find', 'email', 2]
		]);
		expect(list[0]?.handled_by_name).toMatch(/^User /);
		expect(Object.keys(list[0] ?? {})).not.toContain('identifier_hash');
	});
});
