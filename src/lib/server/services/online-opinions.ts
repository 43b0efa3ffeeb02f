import { warsawDate } from '$lib/domain/warsaw-date';
import type { FieldErrors } from '$lib/schemas/form';
import type { OnlineOpinion } from '$lib/schemas/online-opinion';
import { unofferedChoices } from '$lib/schemas/opinion';
import type { Database } from '../db/connect';
import { checkFormToken, issueFormToken } from '../auth/form-token';
import { minutesFrom, recordHit, retryAfter } from '../auth/throttle';
import { findSecret } from '../repositories/app-secrets';
import { listAreas } from '../repositories/codebook';
import { findConsultationBySlug, listQuestions } from '../repositories/consultations';
import { findReceiptOfUuid } from '../repositories/receipts';
import { isAcceptingOpinions } from './consultations';
import { drawReceiptCode, inIntakeTransaction, storeOpinion } from './intake';

export const ONLINE_WINDOW_MS = 15 * 60 * 1000;

export interface OnlineSettings {
	/** A person reads the page before writing; a script posts at once. */
	minFillMs: number;
	/** Accepted opinions per address and consultation in ONLINE_WINDOW_MS. */
	limit: number;
}

export const DEFAULT_ONLINE_SETTINGS: OnlineSettings = { minFillMs: 3000, limit: 10 };

type Accepting = { id: number; status: string; opens_on: string | null; closes_on: string | null };

export interface OnlineSubmission {
	consultation: Accepting;
	opinion: OnlineOpinion;
	token: string;
	honeypot: string;
	clientAddress: string;
	language: string;
}

export type SubmitResult =
	| { ok: true; receiptCode: string; emailGiven: boolean }
	| { ok: false; error: 'closed' | 'honeypot' | 'too_quick' | 'token_invalid' | 'token_expired' }
	| { ok: false; error: 'throttled'; retryAfterMinutes: number }
	| { ok: false; error: 'invalid'; errors: FieldErrors };

const scope = (consultationId: number) => `online:${consultationId}`;
const throttleKey = (consultationId: number, address: string) =>
	`online:${consultationId}:${address}`;

/** The migrations make the secret once and nothing changes it: one read per database will do. */
const secrets = new WeakMap<Database, Promise<string>>();

function formSecret(db: Database): Promise<string> {
	let secret = secrets.get(db);
	if (!secret) {
		secret = findSecret(db, 'form_token');
		secrets.set(db, secret);
		secret.catch(() => secrets.delete(db));
	}
	return secret;
}

/** The token a freshly shown form carries. */
export async function newFormToken(db: Database, consultationId: number, now = new Date()) {
	return issueFormToken(await formSecret(db), scope(consultationId), now);
}

/**
 * One resident's opinion from the public form. A replayed form (double click, reload) returns
 * the receipt its UUID already got and stores nothing.
 */
export async function submitOnlineOpinion(
	db: Database,
	submission: OnlineSubmission,
	now = new Date(),
	settings = DEFAULT_ONLINE_SETTINGS
): Promise<SubmitResult> {
	const { consultation, opinion } = submission;
	if (!isAcceptingOpinions(consultation, warsawDate(now))) return { ok: false, error: 'closed' };
	if (submission.honeypot !== '') return { ok: false, error: 'honeypot' };
	const secret = await formSecret(db);
	const token = checkFormToken(
		secret,
		scope(consultation.id),
		submission.token,
		now,
		settings.minFillMs
	);
	if (!token.ok) return token;

	return inIntakeTransaction(db, async (tx): Promise<SubmitResult> => {
		const replayed = await findReceiptOfUuid(tx, token.uuid);
		if (replayed?.receipt_code) {
			return { ok: true, receiptCode: replayed.receipt_code, emailGiven: !!replayed.contact_id };
		}
		const errors = await unoffered(tx, consultation.id, opinion);
		if (errors) return { ok: false, error: 'invalid', errors };

		const key = throttleKey(consultation.id, submission.clientAddress);
		const limit = { limit: settings.limit, windowMs: ONLINE_WINDOW_MS };
		const wait = await retryAfter(tx, key, limit, now);
		if (wait > 0) return { ok: false, error: 'throttled', retryAfterMinutes: minutesFrom(wait) };

		const receiptCode = await drawReceiptCode(tx);
		await storeOpinion(tx, {
			comment: {
				uuid: token.uuid,
				consultation_id: consultation.id,
				channel: 'online',
				text: opinion.text,
				question_id: opinion.questionId,
				district: opinion.district,
				age_band: opinion.ageBand,
				language: submission.language,
				receipt_code: receiptCode,
				submitted_at: now.toISOString(),
				received_at: now.toISOString()
			},
			areaIds: opinion.areaIds,
			...(opinion.email && {
				contact: { email: opinion.email, source: 'form', consentAt: now.toISOString() }
			})
		});
		await recordHit(tx, key, now);
		return { ok: true, receiptCode, emailGiven: opinion.email !== null };
	});
}

async function unoffered(db: Database, consultationId: number, opinion: OnlineOpinion) {
	if (opinion.questionId === null && opinion.areaIds.length === 0) return undefined;
	const questions = await listQuestions(db, consultationId);
	const areas = await listAreas(db, consultationId);
	const errors = unofferedChoices(opinion, {
		questionIds: new Set(questions.map((q) => q.id)),
		areaIds: new Set(areas.map((a) => a.id))
	});
	if (errors.length === 0) return undefined;
	const field = { questionId: 'question_id', areaIds: 'area_ids' } as const;
	return Object.fromEntries(errors.map((e) => [field[e.field], { code: e.code }])) as FieldErrors;
}

/** The public see open and closed consultations; a draft does not exist for them. */
export async function findPublicConsultation(db: Database, slug: string) {
	const consultation = await findConsultationBySlug(db, slug);
	return consultation && consultation.status !== 'draft' ? consultation : undefined;
}
