import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOnlineForm } from '$lib/schemas/online-opinion';
import type { Database } from '../db/connect';
import { listQuestions } from '../repositories/consultations';
import { createTestDb } from '../testing/db';
import { countRows, makeArea, makeConsultation } from '../testing/factories';
import { expectedOpinion, NAUGHTY } from '../../../../tests/e2e/support/hostile-strings';
import { lookUpReceipt } from './receipt-lookup';
import { automaticRedaction } from './redaction';
import * as sut from './online-opinions';

const shown = new Date('2026-06-05T10:00:00Z');
const sent = new Date('2026-06-05T10:05:00Z');
const generous = { minFillMs: 0, limit: 1_000_000 };

let db: Database;
let consultation: Awaited<ReturnType<typeof makeConsultation>>;
let areaId: number;
beforeAll(async () => {
	db = await createTestDb();
	consultation = await makeConsultation(db, {
		status: 'open',
		questions: ['Czym jest wspólnota?']
	});
	areaId = (await makeArea(db, consultation.id)).id;
});
afterAll(() => db.destroy());

function form(fields: Record<string, string | string[]>) {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const one of [value].flat()) data.append(name, one);
	}
	return data;
}

async function submit(fields: Record<string, string | string[]>, token?: string) {
	const parsed = parseOnlineForm(form(fields));
	if (!parsed.ok) return { parsed } as const;
	const result = await sut.submitOnlineOpinion(
		db,
		{
			consultation,
			opinion: parsed.data,
			token: token ?? (await sut.newFormToken(db, consultation.id, shown)),
			honeypot: '',
			clientAddress: '203.0.113.9',
			language: 'pl'
		},
		sent,
		generous
	);
	return { parsed, result } as const;
}

describe('the online form under the naughty strings', () => {
	it('stores each text as its documented normalisation; the receipt shows it back', async () => {
		const wrong: unknown[] = [];
		for (const [i, text] of NAUGHTY.entries()) {
			const expected = expectedOpinion(text);
			const { parsed, result } = await submit({ text, area_ids: String(areaId) });
			if (!expected.accepted) {
				if (parsed.ok || parsed.errors.text?.code !== expected.code) wrong.push({ text, parsed });
				// A refused form is shown again with exactly what the person typed.
				else if (parsed.values.text !== text) wrong.push({ text, echoed: parsed.values.text });
				continue;
			}
			if (!result?.ok) {
				wrong.push({ text, result: result ?? parsed });
				continue;
			}
			const stored = await db
				.selectFrom('comments')
				.select('text')
				.where('receipt_code', '=', result.receiptCode)
				.executeTakeFirst();
			// The receipt shows what the public may read: the stored text with personal data masked.
			const receipt = await lookUpReceipt(db, result.receiptCode, `198.51.100.${i % 250}`);
			const shown = receipt.ok ? receipt.receipt.text : undefined;
			if (stored?.text !== expected.text || shown !== automaticRedaction(expected.text)) {
				wrong.push({ text, stored, shown });
			}
		}
		expect(wrong).toEqual([]);
	});

	it('refuses a naughty value in every other field as an error of that field', async () => {
		const questions = await listQuestions(db, consultation.id);
		const offered = new Set([String(areaId), ...questions.map((q) => String(q.id))]);
		const wrong: unknown[] = [];
		for (const naughty of NAUGHTY.filter((s) => s.trim() !== '' && !offered.has(s))) {
			for (const field of ['question_id', 'area_ids', 'district', 'age_band']) {
				const { parsed, result } = await submit({ text: 'Ławki.', [field]: naughty });
				const refused =
					(!parsed.ok && parsed.errors[field]) ||
					(result && !result.ok && result.error === 'invalid' && result.errors[field]);
				if (!refused) wrong.push({ field, naughty, result });
			}
			const email = parseOnlineForm(form({ text: 'Ławki.', email: naughty, consent: 'yes' }));
			if (email.ok ? email.data.email !== naughty.trim() : !email.errors.email) {
				wrong.push({ field: 'email', naughty });
			}
		}
		expect(wrong).toEqual([]);
	});

	it('refuses a naughty token as invalid and a filled honeypot, storing nothing', async () => {
		const before = await countRows(db, 'comments');
		for (const naughty of NAUGHTY) {
			const { result } = await submit({ text: 'Ławki.' }, naughty);
			expect(result).toEqual({ ok: false, error: 'token_invalid' });
		}
		const parsed = parseOnlineForm(form({ text: 'Ławki.' }));
		if (!parsed.ok) throw new Error('the plain form must parse');
		for (const honeypot of NAUGHTY.filter((s) => s !== '')) {
			const result = await sut.submitOnlineOpinion(
				db,
				{
					consultation,
					opinion: parsed.data,
					token: await sut.newFormToken(db, consultation.id, shown),
					honeypot,
					clientAddress: '203.0.113.10',
					language: 'pl'
				},
				sent,
				generous
			);
			expect(result).toEqual({ ok: false, error: 'honeypot' });
		}
		expect(await countRows(db, 'comments')).toBe(before);
	});
});

describe('the receipt lookup under the naughty strings', () => {
	it('answers every typed code as malformed or unknown, never throwing', async () => {
		const answers = new Set<string>();
		for (const [i, typed] of NAUGHTY.entries()) {
			const result = await lookUpReceipt(db, typed, `192.0.2.${i % 250}:${i}`);
			answers.add(result.ok ? 'found' : result.error);
		}
		expect([...answers].sort()).toEqual(['malformed', 'unknown']);
	});
});
