import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect';
import { listAudit } from '../repositories/audit';
import { createTestDb } from '../testing/db';
import { countRows, makeConsultation, makeUser, unwrap } from '../testing/factories';
import {
	at,
	codeWithTheme,
	makeOpinion,
	makeOpinions,
	makeTheme,
	partlyAnswer,
	rejectedAnswer,
	mergeTheme,
	responseOf,
	retireTheme,
	setOpinionStatus,
	uncodeTheme
} from '../testing/responses';
import * as sut from './responses';

describe('responses service: themes', () => {
	let db: Database;
	let consultationId: number;
	let actorId: number;
	beforeEach(async () => {
		db = await createTestDb();
		consultationId = (await makeConsultation(db)).id;
		actorId = (await makeUser(db, 'analyst')).id;
	});
	afterEach(async () => db.destroy());

	const responsesByTheme = () =>
		db
			.selectFrom('comment_responses')
			.select(['from_theme_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
			.groupBy(['from_theme_id', 'status'])
			.orderBy('from_theme_id')
			.execute();

	describe('respondToTheme', () => {
		it('copies the response onto the theme’s opinions, but not onto own responses or excluded ones', async () => {
			const theme = await makeTheme(db, consultationId);
			const [plain, own, excluded] = await makeOpinions(db, consultationId, 3);
			await codeWithTheme(db, theme.id, [plain!, own!, excluded!]);
			unwrap(await sut.respondToOpinion(db, actorId, consultationId, own!, { status: 'accepted' }));
			await setOpinionStatus(db, [excluded!], 'excluded');

			const saved = await sut.respondToTheme(db, actorId, consultationId, theme.id, rejectedAnswer);

			expect(saved).toEqual({ ok: true, id: theme.id, applied: 1 });
			expect(await responseOf(db, plain!)).toEqual({
				...rejectedAnswer,
				from_theme_id: theme.id,
				responded_by: actorId
			});
			expect(await responseOf(db, own!)).toMatchObject({ status: 'accepted', from_theme_id: null });
			expect(await responseOf(db, excluded!)).toBeUndefined();
			const [entry] = await listAudit(db, 'theme_response', theme.id);
			expect(entry?.action).toBe('theme_response.create');
			expect(JSON.parse(entry?.after_json ?? 'null')).toMatchObject({
				...rejectedAnswer,
				applied: 1
			});
		});

		it('lets the theme answered later win over another theme’s copies, never over own responses', async () => {
			const first = await makeTheme(db, consultationId);
			const second = await makeTheme(db, consultationId);
			const [both, own] = await makeOpinions(db, consultationId, 2);
			await codeWithTheme(db, first.id, [both!, own!]);
			await codeWithTheme(db, second.id, [both!, own!]);
			unwrap(await sut.respondToOpinion(db, actorId, consultationId, own!, { status: 'accepted' }));
			unwrap(
				await sut.respondToTheme(db, actorId, consultationId, first.id, rejectedAnswer, at(1))
			);

			const saved = unwrap(
				await sut.respondToTheme(db, actorId, consultationId, second.id, partlyAnswer, at(2))
			);

			expect(saved.applied).toBe(1);
			expect(await responseOf(db, both!)).toMatchObject({
				...partlyAnswer,
				from_theme_id: second.id
			});
			expect(await responseOf(db, own!)).toMatchObject({ status: 'accepted', from_theme_id: null });
		});

		it('updates the copies when the theme’s response changes', async () => {
			const theme = await makeTheme(db, consultationId);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, theme.id, [commentId]);
			unwrap(
				await sut.respondToTheme(db, actorId, consultationId, theme.id, rejectedAnswer, at(1))
			);

			unwrap(await sut.respondToTheme(db, actorId, consultationId, theme.id, partlyAnswer, at(2)));

			expect(await responseOf(db, commentId)).toMatchObject(partlyAnswer);
			const entry = (await listAudit(db, 'theme_response', theme.id)).at(-1);
			expect(entry?.action).toBe('theme_response.update');
			expect(JSON.parse(entry?.before_json ?? 'null')).toMatchObject(rejectedAnswer);
		});

		it('returns null for a theme of another consultation', async () => {
			const other = await makeConsultation(db);
			const theme = await makeTheme(db, other.id);

			expect(
				await sut.respondToTheme(db, actorId, consultationId, theme.id, rejectedAnswer)
			).toBeNull();
			expect(await countRows(db, 'theme_responses')).toBe(0);
		});

		it.each([
			['retired', (themeId: number) => retireTheme(db, themeId)],
			[
				'merged',
				async (themeId: number) => mergeTheme(db, themeId, (await makeTheme(db, consultationId)).id)
			]
		])('refuses a %s theme and writes nothing', async (_, close) => {
			const theme = await makeTheme(db, consultationId);
			await codeWithTheme(db, theme.id, [await makeOpinion(db, consultationId)]);
			await close(theme.id);

			const refused = await sut.respondToTheme(
				db,
				actorId,
				consultationId,
				theme.id,
				rejectedAnswer
			);

			expect(refused).toEqual({ ok: false, errors: { _form: { code: 'response_theme_closed' } } });
			expect(await countRows(db, 'theme_responses')).toBe(0);
			expect(await countRows(db, 'comment_responses')).toBe(0);
		});

		it('refuses a response without a justification before looking at the theme', async () => {
			const refused = await sut.respondToTheme(db, actorId, consultationId, 999, {
				status: 'out_of_scope',
				justification: '   '
			});

			expect(refused).toEqual({
				ok: false,
				errors: { justification: { code: 'justification_required' } }
			});
		});

		it('answers a theme of a few thousand opinions in set-based statements', async () => {
			const theme = await makeTheme(db, consultationId);
			const other = await makeTheme(db, consultationId);
			const ids = await makeOpinions(db, consultationId, 3000);
			await codeWithTheme(db, theme.id, ids);
			const own = ids.slice(0, 200);
			const copiedElsewhere = ids.slice(200, 500);
			const excluded = ids.slice(500, 600);
			for (const id of own) {
				unwrap(await sut.respondToOpinion(db, actorId, consultationId, id, { status: 'accepted' }));
			}
			await codeWithTheme(db, other.id, copiedElsewhere);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, other.id, partlyAnswer, at(1)));
			await setOpinionStatus(db, excluded, 'excluded');

			const saved = unwrap(
				await sut.respondToTheme(db, actorId, consultationId, theme.id, rejectedAnswer, at(2))
			);

			expect(saved.applied).toBe(3000 - 200 - 100);
			expect(await responsesByTheme()).toEqual([
				{ from_theme_id: null, status: 'accepted', n: 200 },
				{ from_theme_id: theme.id, status: 'rejected', n: 2700 }
			]);
			expect(await listAudit(db, 'theme_response', theme.id)).toHaveLength(1);
		});
	});

	describe('applyThemeResponses', () => {
		it('gives a newly coded opinion the response of its most recently answered theme', async () => {
			const older = await makeTheme(db, consultationId);
			const newer = await makeTheme(db, consultationId);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, newer.id, partlyAnswer, at(2)));
			unwrap(
				await sut.respondToTheme(db, actorId, consultationId, older.id, rejectedAnswer, at(1))
			);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, older.id, [commentId]);
			await codeWithTheme(db, newer.id, [commentId]);

			await sut.applyThemeResponses(db, commentId, actorId);

			expect(await responseOf(db, commentId)).toMatchObject({
				...partlyAnswer,
				from_theme_id: newer.id
			});
			const [entry] = await listAudit(db, 'comment_response', commentId);
			expect(entry).toMatchObject({ action: 'comment_response.copy', actor_user_id: actorId });
		});

		it('switches to the remaining theme, then drops the copy when no theme is left', async () => {
			const first = await makeTheme(db, consultationId);
			const second = await makeTheme(db, consultationId);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, first.id, [commentId]);
			await codeWithTheme(db, second.id, [commentId]);
			unwrap(
				await sut.respondToTheme(db, actorId, consultationId, first.id, rejectedAnswer, at(1))
			);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, second.id, partlyAnswer, at(2)));

			await uncodeTheme(db, second.id, commentId);
			await sut.applyThemeResponses(db, commentId);
			expect(await responseOf(db, commentId)).toMatchObject({
				...rejectedAnswer,
				from_theme_id: first.id
			});

			await uncodeTheme(db, first.id, commentId);
			await sut.applyThemeResponses(db, commentId);
			expect(await responseOf(db, commentId)).toBeUndefined();
		});

		it('never touches an opinion’s own response', async () => {
			const theme = await makeTheme(db, consultationId);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, theme.id, rejectedAnswer));
			const commentId = await makeOpinion(db, consultationId);
			unwrap(
				await sut.respondToOpinion(db, actorId, consultationId, commentId, { status: 'accepted' })
			);
			await codeWithTheme(db, theme.id, [commentId]);

			await sut.applyThemeResponses(db, commentId);

			expect(await responseOf(db, commentId)).toMatchObject({
				status: 'accepted',
				from_theme_id: null
			});
		});

		it('takes the copy away from an opinion that was excluded', async () => {
			const theme = await makeTheme(db, consultationId);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, theme.id, [commentId]);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, theme.id, rejectedAnswer));

			await setOpinionStatus(db, [commentId], 'excluded');
			await sut.applyThemeResponses(db, commentId);

			expect(await responseOf(db, commentId)).toBeUndefined();
		});

		it('writes nothing when the opinion already carries the right copy', async () => {
			const theme = await makeTheme(db, consultationId);
			const commentId = await makeOpinion(db, consultationId);
			await codeWithTheme(db, theme.id, [commentId]);
			unwrap(await sut.respondToTheme(db, actorId, consultationId, theme.id, rejectedAnswer));
			const logged = await countRows(db, 'audit_log');

			await sut.applyThemeResponses(db, commentId);

			expect(await countRows(db, 'audit_log')).toBe(logged);
		});
	});
});
