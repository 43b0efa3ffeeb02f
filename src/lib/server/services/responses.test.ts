import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { countRows, makeArea, makeConsultation, makeUser, unwrap } from '../testing/factories';
import {
	at,
	codeWithTheme,
	makeOpinion,
	makeOpinions,
	makeTheme,
	partlyAnswer,
	rejectedAnswer,
	responseOf,
	retireTheme,
	setOpinionStatus
} from '../testing/responses';
import * as sut from './responses';

describe('responses service: one opinion', () => {
	let db: Database;
	let consultationId: number;
	let actorId: number;
	beforeEach(async () => {
		db = await createTestDb();
		consultationId = (await makeConsultation(db)).id;
		actorId = (await makeUser(db, 'analyst')).id;
	});
	afterEach(async () => db.destroy());

	describe('respondToOpinion', () => {
		it('stores the opinion’s own response and records it', async () => {
			const commentId = await makeOpinion(db, consultationId);

			const saved = await sut.respondToOpinion(db, actorId, consultationId, commentId, {
				status: 'accepted'
			});

			expect(saved).toEqual({ ok: true, id: commentId });
			expect(await responseOf(db, commentId)).toEqual({
				status: 'accepted',
				justification: '',
				from_theme_id: null,
				responded_by: actorId
			});
			const [entry] = await listAudit(db, 'comment_response', commentId);
			expect(entry).toMatchObject({ action: 'comment_response.create', actor_user_id: actorId });
		});

		it('replaces a theme’s copy with the opinion’s own response, keeping the copy in the log', async () => {
			const theme = await makeTheme(db, consultationId);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, theme.id, [commentId]);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, theme.id, partlyAnswer));

			unwrap(await sut.respondToOpinion(db, actorId, consultationId, commentId, rejectedAnswer));

			expect(await responseOf(db, commentId)).toMatchObject({
				...rejectedAnswer,
				from_theme_id: null
			});
			const entry = (await listAudit(db, 'comment_response', commentId)).at(-1);
			expect(entry?.action).toBe('comment_response.update');
			expect(JSON.parse(entry?.before_json ?? 'null')).toMatchObject({ from_theme_id: theme.id });
		});

		it('returns null for an opinion of another consultation and stores nothing', async () => {
			const other = await makeConsultation(db);
			const commentId = await makeOpinion(db, other.id);

			expect(
				await sut.respondToOpinion(db, actorId, consultationId, commentId, rejectedAnswer)
			).toBeNull();
			expect(await countRows(db, 'comment_responses')).toBe(0);
		});

		it('refuses to answer an excluded opinion', async () => {
			const commentId = await makeOpinion(db, consultationId, { status: 'excluded' });

			const refused = await sut.respondToOpinion(
				db,
				actorId,
				consultationId,
				commentId,
				rejectedAnswer
			);

			expect(refused).toEqual({
				ok: false,
				errors: { _form: { code: 'response_opinion_excluded' } }
			});
			expect(await countRows(db, 'comment_responses')).toBe(0);
		});

		it.each([
			[{ status: 'approved', justification: 'Tak.' }, { status: { code: 'invalid_choice' } }],
			[{ status: 'rejected' }, { justification: { code: 'justification_required' } }]
		])('refuses the input %j', async (input, errors) => {
			const commentId = await makeOpinion(db, consultationId);

			const refused = await sut.respondToOpinion(db, actorId, consultationId, commentId, input);

			expect(refused).toEqual({ ok: false, errors });
			expect(await listAudit(db, 'comment_response', commentId)).toEqual([]);
			expect(await countRows(db, 'comment_responses')).toBe(0);
		});
	});

	describe('clearOpinionResponse', () => {
		it('falls back to the response of the opinion’s most recently answered theme', async () => {
			const older = await makeTheme(db, consultationId);
			const newer = await makeTheme(db, consultationId);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, older.id, [commentId]);
			await codeWithTheme(db, newer.id, [commentId]);
			unwrap(
				await sut.respondToTheme(db, actorId, consultationId, older.id, rejectedAnswer, at(1))
			);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, newer.id, partlyAnswer, at(2)));
			unwrap(
				await sut.respondToOpinion(db, actorId, consultationId, commentId, { status: 'accepted' })
			);

			const cleared = await sut.clearOpinionResponse(db, actorId, consultationId, commentId);

			expect(cleared).toEqual({ ok: true, fromThemeId: newer.id });
			expect(await responseOf(db, commentId)).toMatchObject({
				...partlyAnswer,
				from_theme_id: newer.id
			});
			const actions = (await listAudit(db, 'comment_response', commentId)).map((e) => e.action);
			expect(actions.slice(-2)).toEqual(['comment_response.delete', 'comment_response.copy']);
		});

		it('leaves the opinion without a response when none of its themes has one', async () => {
			const commentId = await makeOpinion(db, consultationId);
			unwrap(await sut.respondToOpinion(db, actorId, consultationId, commentId, rejectedAnswer));

			const cleared = await sut.clearOpinionResponse(db, actorId, consultationId, commentId);

			expect(cleared).toEqual({ ok: true, fromThemeId: null });
			expect(await responseOf(db, commentId)).toBeUndefined();
		});

		it('keeps a theme’s copy: there is no own response to drop', async () => {
			const theme = await makeTheme(db, consultationId);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, theme.id, [commentId]);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, theme.id, partlyAnswer));

			const cleared = await sut.clearOpinionResponse(db, actorId, consultationId, commentId);

			expect(cleared).toEqual({ ok: true, fromThemeId: theme.id });
			expect(await responseOf(db, commentId)).toMatchObject(partlyAnswer);
		});

		it('returns null for an opinion of another consultation', async () => {
			const other = await makeConsultation(db);
			const commentId = await makeOpinion(db, other.id);
			unwrap(await sut.respondToOpinion(db, actorId, other.id, commentId, rejectedAnswer));

			expect(await sut.clearOpinionResponse(db, actorId, consultationId, commentId)).toBeNull();
			expect(await responseOf(db, commentId)).toMatchObject(rejectedAnswer);
		});
	});

	describe('responseSummary', () => {
		it('counts the opinions to answer by status, excluded and split originals aside', async () => {
			const [accepted, rejected, , excluded, original] = await makeOpinions(db, consultationId, 5);
			unwrap(
				await sut.respondToOpinion(db, actorId, consultationId, accepted!, { status: 'accepted' })
			);
			unwrap(await sut.respondToOpinion(db, actorId, consultationId, rejected!, rejectedAnswer));
			await setOpinionStatus(db, [excluded!], 'excluded');
			await db
				.updateTable('comments')
				.set({ split_at: '2018-06-02T10:00:00.000Z' })
				.where('id', '=', original!)
				.execute();
			await makeOpinion(db, (await makeConsultation(db)).id);

			const summary = await sut.responseSummary(db, consultationId);

			expect(summary).toEqual({
				total: 3,
				none: 1,
				byStatus: {
					accepted: 1,
					partly_accepted: 0,
					rejected: 1,
					explanation: 0,
					out_of_scope: 0
				}
			});
		});
	});

	describe('themeResponseOverview', () => {
		it('groups the themes by area, cross-cutting last, with how their opinions are answered', async () => {
			const area = await makeArea(db, consultationId, { code: 1, name_pl: 'Otwartość' });
			const crossCutting = await makeTheme(db, consultationId, { name: 'Bezpieczeństwo' });
			const answered = await makeTheme(db, consultationId, { name: 'Pikniki', area_id: area.id });
			const retired = await makeTheme(db, consultationId, { name: 'Stare', area_id: area.id });
			await retireTheme(db, retired.id);
			const [copy, own, excluded] = await makeOpinions(db, consultationId, 3);
			await codeWithTheme(db, answered.id, [copy!, own!, excluded!]);
			await setOpinionStatus(db, [excluded!], 'excluded');
			unwrap(await sut.respondToOpinion(db, actorId, consultationId, own!, { status: 'accepted' }));
			unwrap(
				await sut.respondToTheme(db, actorId, consultationId, answered.id, rejectedAnswer, at(3))
			);

			const groups = await sut.themeResponseOverview(db, consultationId);

			const counts = { opinions: 0, carrying: 0, own: 0 };
			expect(groups).toEqual([
				{
					area: { id: area.id, code: 1, name: 'Otwartość' },
					themes: [
						{
							id: answered.id,
							name: 'Pikniki',
							retired: false,
							response: { ...rejectedAnswer, updatedAt: at(3).toISOString() },
							opinions: 2,
							carrying: 1,
							own: 1
						},
						{ id: retired.id, name: 'Stare', retired: true, response: null, ...counts }
					]
				},
				{
					area: null,
					themes: [
						{
							id: crossCutting.id,
							name: 'Bezpieczeństwo',
							retired: false,
							response: null,
							...counts
						}
					]
				}
			]);
		});
	});
});
