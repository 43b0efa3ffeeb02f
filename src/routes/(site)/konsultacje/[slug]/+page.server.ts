import { error, fail } from '@sveltejs/kit';
import type { OnlineFailure, OnlineProblem } from '$lib/components/online/failure';
import { warsawDate } from '$lib/domain/warsaw-date';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { onlineValues, parseOnlineForm } from '$lib/schemas/online-opinion';
import { getDb } from '$lib/server/db';
import type { Database } from '$lib/server/db/connect';
import {
	isStorageUnavailable,
	logStorageUnavailable,
	STORAGE_RETRY_SECONDS
} from '$lib/server/db/storage-errors';
import { FORM_LIMIT_BYTES, readFormWithin } from '$lib/server/http/form-body';
import { onlineSettings } from '$lib/server/http/online-settings';
import { listAreas } from '$lib/server/repositories/codebook';
import { listQuestions } from '$lib/server/repositories/consultations';
import { isAcceptingOpinions } from '$lib/server/services/consultations';
import { reportVersions } from '$lib/server/services/report-publish';
import {
	findPublicConsultation,
	newFormToken,
	submitOnlineOpinion
} from '$lib/server/services/online-opinions';
import type { Actions, PageServerLoad } from './$types';

async function publicConsultationOr404(db: Database, slug: string) {
	const consultation = await findPublicConsultation(db, slug);
	if (!consultation) error(404, m.error_consultation_not_found());
	return consultation;
}

export const load: PageServerLoad = async ({ params }) => {
	const db = getDb();
	const consultation = await publicConsultationOr404(db, params.slug);
	const now = new Date();
	const accepting = isAcceptingOpinions(consultation, warsawDate(now));
	const { id, slug, title, description, vision_text, opens_on, closes_on, rodo_clause } =
		consultation;
	return {
		consultation: { slug, title, description, vision_text, opens_on, closes_on, rodo_clause },
		questions: (await listQuestions(db, id)).map((q) => ({ id: q.id, text: q.text })),
		areas: (await listAreas(db, id)).map((a) => ({
			id: a.id,
			code: a.code,
			namePl: a.name_pl,
			nameEn: a.name_en,
			description: a.description
		})),
		reportPublished: (await reportVersions(db, id)).length > 0,
		accepting,
		notYet: !!opens_on && warsawDate(now) < opens_on,
		token: accepting ? await newFormToken(db, id, now) : null
	};
};

const STATUS: Record<OnlineProblem, number> = {
	closed: 409,
	honeypot: 400,
	too_quick: 400,
	token: 400,
	throttled: 429,
	too_large: 413,
	storage: 503
};

export const actions: Actions = {
	default: async (event) => {
		const db = getDb();
		const consultation = await publicConsultationOr404(db, event.params.slug);
		const body = await readFormWithin(event.request, FORM_LIMIT_BYTES);
		const form = body.ok ? body.form : new FormData();
		const field = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		const token = field('token');
		const refuse = (problem: OnlineProblem | null, more: Partial<OnlineFailure> = {}) =>
			fail(problem ? STATUS[problem] : 400, {
				values: onlineValues(form),
				token,
				errors: {},
				problem,
				minutes: 0,
				...more
			} satisfies OnlineFailure);

		if (!body.ok) return refuse('too_large');
		if (!isAcceptingOpinions(consultation, warsawDate(new Date()))) return refuse('closed');
		const parsed = parseOnlineForm(form);
		if (!parsed.ok) return refuse(null, { errors: parsed.errors });

		const submission = {
			consultation,
			opinion: parsed.data,
			token,
			honeypot: field('website'),
			clientAddress: event.getClientAddress(),
			language: getLocale()
		};
		const result = await submitOnlineOpinion(db, submission, new Date(), onlineSettings()).catch(
			(error: unknown) => {
				if (!isStorageUnavailable(error)) throw error;
				logStorageUnavailable('online form', error);
				return null;
			}
		);
		if (!result) {
			// The same token again: once the disk is back, a resend stores the opinion only once.
			event.setHeaders({ 'retry-after': `${STORAGE_RETRY_SECONDS}` });
			return refuse('storage');
		}
		if (result.ok) return { receiptCode: result.receiptCode, emailGiven: result.emailGiven };
		switch (result.error) {
			case 'invalid':
				return refuse(null, { errors: result.errors });
			case 'throttled':
				return refuse('throttled', { minutes: result.retryAfterMinutes });
			case 'token_invalid':
			case 'token_expired':
				return refuse('token', { token: await newFormToken(db, consultation.id) });
			default:
				return refuse(result.error);
		}
	}
};
